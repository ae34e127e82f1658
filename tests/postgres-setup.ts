import type { TestProject } from "vitest/node";
import { startCluster } from "../scripts/lib/postgres-cluster.mjs";

// Tests that run against real PostgreSQL get a server URL through
// inject("postgresUrl"): TEST_POSTGRES_URL when set (npm test passes the
// cluster it started), else a throwaway cluster started here and stopped after.
declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_POSTGRES_URL) {
    project.provide("postgresUrl", process.env.TEST_POSTGRES_URL);
    return;
  }
  const cluster = await startCluster();
  project.provide("postgresUrl", cluster.url);
  return () => cluster.dispose();
}
