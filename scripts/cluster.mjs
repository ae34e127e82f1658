// `npm run cluster`: the production topology on this machine, from installed
// binaries. A throwaway PostgreSQL cluster and Redis, two app instances from
// one build, posters in s3rver, nginx in front on PORT (default 3000). Installs what is missing
// from apt when it can, or says what to install. Ctrl-C stops all of it.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import { ensureBuild } from "./lib/build.mjs";
import { demoLogins } from "./lib/demo-logins.mjs";
import { NGINX_HELP, nginxBinary } from "./lib/nginx-config.mjs";
import { POSTGRES_HELP, createDatabase, postgresBin, startCluster } from "./lib/postgres-cluster.mjs";
import { REDIS_HELP, redisBinary } from "./lib/redis-server.mjs";
import { startTopology } from "./lib/topology.mjs";

const port = Number(process.env.PORT || 3000);

/** apt packages for the servers not installed yet, installed when this user can; else what to install. */
function installMissing() {
  const missing = [
    [() => postgresBin(), "postgresql", POSTGRES_HELP],
    [() => redisBinary(), "redis-server", REDIS_HELP],
    [() => nginxBinary(), "nginx", NGINX_HELP],
  ].filter(([found]) => {
    try {
      return !found();
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return;
  const root = process.getuid?.() === 0;
  const packages = missing.map(([, name]) => name);
  console.log(`Installing from apt: ${packages.join(" ")}`);
  const options = { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } };
  const run = (args) => (root ? spawnSync(args[0], args.slice(1), options) : spawnSync("sudo", ["-n", ...args], options));
  const installed = run(["apt-get", "update", "-qq"]).status === 0 && run(["apt-get", "install", "-y", "-qq", ...packages]).status === 0;
  if (!installed) {
    for (const [, , help] of missing) console.error(`✖ ${help}`);
    process.exit(1);
  }
}

installMissing();
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  // One secret for every instance; a real deployment sets its own.
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || crypto.randomBytes(32).toString("base64url"),
  MARQUEE_SITE_URL: process.env.MARQUEE_SITE_URL || `http://localhost:${port}`,
};
const postgres = await startCluster();
let topology = null;
const stop = async () => {
  await topology?.stop();
  postgres.dispose();
};
try {
  env.DATABASE_URL = await createDatabase(postgres.url, "marquee");
  ensureBuild(env);
  topology = await startTopology({ env, port });
} catch (error) {
  console.error(`\n✖ ${error.message}`);
  await stop();
  process.exit(1);
}

console.log(`\n  Marquee is running at ${topology.siteUrl}/ (nginx in front of ${topology.apps.map((app) => app.url).join(" and ")})`);
console.log(`  Admin area: ${topology.siteUrl}/en/admin`);
for (const line of demoLogins(env)) console.log(`  ${line}`);
console.log("  Ctrl-C stops nginx, the instances, Redis, the poster store and PostgreSQL.\n");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await stop();
    process.exit(0);
  });
}
