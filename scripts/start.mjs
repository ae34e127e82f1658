// `npm start`: everything a fresh clone needs to serve the production site.
// Applies migrations, seeds demo content on the first run, builds when no
// build exists, then serves on PORT (default 3000).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DatabaseSetupError, prepareDatabase } from "./lib/database.mjs";
import { demoLogins } from "./lib/demo-logins.mjs";
import { serverNodeOptions } from "./lib/server-options.mjs";

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: process.env.DATABASE_URL || "file:data/marquee.db",
};
const port = env.PORT || "3000";
env.MARQUEE_SITE_URL ||= `http://localhost:${port}`;

try {
  await prepareDatabase(env);
} catch (error) {
  // One line saying what to fix; the migration or seed output above says the rest.
  console.error(`\n✖ ${error instanceof DatabaseSetupError ? error.message : `Preparing the database failed: ${error.message.split("\n")[0]}`}`);
  process.exit(1);
}

// A build is reused only while it was made from the same commit, so a
// `git pull` followed by `npm start` never serves yesterday's code.
const distDir = env.NEXT_DIST_DIR || ".next";
const stamp = path.join(distDir, "marquee-source");
const source = currentCommit();
const built = fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stamp) ? fs.readFileSync(stamp, "utf8") : null;
if (built === null || built !== source || env.MARQUEE_REBUILD === "1") {
  console.log(built === null ? "No production build yet: building..." : "The code changed since the last build: rebuilding...");
  execFileSync("npx", ["next", "build"], { stdio: "inherit", env });
  fs.writeFileSync(stamp, source);
}

function currentCommit() {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown"; // not a git checkout: rebuild only when asked to
  }
}

const serverEnv = { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, ...serverNodeOptions].filter(Boolean).join(" ") };
const server = spawn(process.execPath, ["scripts/serve.mjs"], { stdio: ["ignore", "pipe", "inherit"], env: { ...serverEnv, PORT: port } });
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (String(chunk).includes("Ready")) {
    console.log(`\n  Marquee is running at ${env.MARQUEE_SITE_URL}/`);
    console.log(`  Admin area: ${env.MARQUEE_SITE_URL}/en/admin`);
    for (const line of demoLogins(env)) console.log(`  ${line}`);
    console.log("");
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
