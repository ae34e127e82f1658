// `npm test`: the whole suite from a fresh clone. Unit tests (Vitest), then
// end-to-end tests (Playwright, real Chromium) against a production build
// served by `next start` on a fresh SQLite file made from the migrations and
// the seed. Extra arguments go to Playwright (e.g. `npm test -- -g trailer`).
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import chromium from "./lib/chromium.cjs";

const { CHROMIUM_HELP, resolveChromium } = chromium;
import { prepareDatabase } from "./lib/database.mjs";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".test-data");
const e2ePort = process.env.E2E_PORT || "3100";

if (resolveChromium() === null) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}

fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: `file:${path.join(dataDir, "e2e.db")}`,
  NEXT_DIST_DIR: ".next-e2e",
  E2E_PORT: e2ePort,
  MARQUEE_SITE_URL: `http://localhost:${e2ePort}`,
  // Small pages, so the six seeded films already make paginated lists.
  MARQUEE_PAGE_SIZE: "4",
  // A throwaway signing key for this run's sessions.
  BETTER_AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
};
const run = (command, args) => execFileSync(command, args, { stdio: "inherit", env, cwd: root });
const counts = { passed: 0, failed: 0, skipped: 0 };

async function step(name, fn) {
  console.log(`\n▶ ${name}`);
  try {
    await fn();
  } catch {
    console.error(`\n✖ ${name} failed`);
    report();
    process.exit(1);
  }
}

function tally(file, read) {
  if (!fs.existsSync(file)) return;
  const result = read(JSON.parse(fs.readFileSync(file, "utf8")));
  for (const key of Object.keys(counts)) counts[key] += result[key] ?? 0;
}

function report() {
  tally(path.join(dataDir, "vitest.json"), (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + r.numTodoTests,
  }));
  tally(path.join(dataDir, "playwright.json"), (r) => ({
    passed: r.stats.expected,
    failed: r.stats.unexpected + r.stats.flaky,
    skipped: r.stats.skipped,
  }));
  console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

await step("Unit tests (Vitest)", () =>
  run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${path.join(dataDir, "vitest.json")}`]),
);
await step("Fresh e2e database from the migrations and the seed", () => prepareDatabase(env, { forceSeed: true }));
await step("Production build for the e2e tests", () => run("npx", ["next", "build"]));
env.PLAYWRIGHT_JSON_OUTPUT_NAME = path.join(dataDir, "playwright.json");
await step("End-to-end tests (Playwright, Chromium)", () =>
  run("npx", ["playwright", "test", "--reporter=list,json", ...process.argv.slice(2)]),
);
report();
