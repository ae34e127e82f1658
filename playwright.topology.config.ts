import { defineConfig } from "@playwright/test";
import base from "./playwright.config";
import { frontPort } from "./e2e/topology/topology-fixture";

// The multi-instance specs (e2e/topology): they start nginx, two instances
// and Redis themselves, so there is no webServer here. Editors work on
// instance A, the base URL; readers use the front and instance B.
export default defineConfig({
  ...base,
  testDir: "e2e/topology",
  projects: undefined,
  webServer: undefined,
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  use: { ...base.use, baseURL: `http://localhost:${frontPort + 1}` },
});
