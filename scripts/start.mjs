// `npm start`: everything a fresh clone needs to serve the production site.
// Applies migrations, seeds demo content on the first run, builds when no
// build exists, then serves on PORT (default 3000).
import { spawn } from "node:child_process";
import { ensureBuild } from "./lib/build.mjs";
import { DatabaseSetupError, prepareDatabase } from "./lib/database.mjs";
import { demoLogins } from "./lib/demo-logins.mjs";
import { AgreementError, publishRelease } from "./lib/instance-agreement.mjs";
import { serverEnv } from "./lib/server-options.mjs";

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

ensureBuild(env);

// With a shared cache, this process is the release step too: the instance it
// starts (and any other started from this build) must match what it records.
if (env.REDIS_URL) {
  try {
    await publishRelease(env);
  } catch (error) {
    if (!(error instanceof AgreementError)) throw error;
    console.error(`\n✖ ${error.message}`);
    process.exit(1);
  }
}

const server = spawn(process.execPath, ["scripts/serve.mjs"], { stdio: ["ignore", "pipe", "inherit"], env: serverEnv({ ...env, PORT: port }) });
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
