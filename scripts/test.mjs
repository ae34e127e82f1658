// `npm test`: the whole suite from a fresh clone. Lint and format checks
// (ESLint, Prettier), unit tests (Vitest), then end-to-end tests (Playwright,
// real Chromium) against a production build served by scripts/serve.mjs on a
// fresh SQLite file made from the migrations and the seed. Extra arguments go to Playwright (e.g. `npm test -- -g trailer`).
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
const skippedTests = [];
/** Why a stage did not run, once an earlier one failed; the last line says so. */
let notRun = null;

async function step(name, fn, { stage, blocks } = {}) {
  if (notRun) return;
  console.log(`\n▶ ${name}`);
  try {
    await fn();
  } catch {
    console.error(`\n✖ ${name} failed`);
    if (blocks) notRun = `${blocks}: not run (${stage} failed)`;
    else process.exitCode = 1;
  }
}

function readJson(file) {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
}

function tallyVitest() {
  const report = readJson(path.join(dataDir, "vitest.json"));
  if (!report) return;
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  for (const file of report.testResults) {
    for (const test of file.assertionResults) {
      if (["pending", "skipped", "todo"].includes(test.status)) skippedTests.push(`unit: ${test.fullName}`);
    }
  }
}

function tallyPlaywright() {
  const report = readJson(path.join(dataDir, "playwright.json"));
  if (!report) return;
  counts.passed += report.stats.expected;
  counts.failed += report.stats.unexpected + report.stats.flaky;
  const visit = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status === "skipped") skippedTests.push(`e2e: ${[...titles, spec.title].filter(Boolean).join(" › ")}`);
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...titles, child.title]);
  };
  for (const suite of report.suites) visit(suite, [suite.title]);
}

/**
 * The one line CI reads. Skipped tests are listed; under CI each must be in
 * tests/allowed-skips.json with a reason, or the run fails. A stage that did
 * not run is named last, with a non-zero exit.
 */
function report() {
  tallyVitest();
  tallyPlaywright();
  counts.skipped = skippedTests.length;
  const allowed = readJson(path.join(root, "tests", "allowed-skips.json")) ?? {};
  const unexplained = skippedTests.filter((title) => !allowed[title]);
  for (const title of skippedTests) console.log(`skipped: ${title}${allowed[title] ? ` (${allowed[title]})` : ""}`);
  if (process.env.CI && unexplained.length > 0) {
    console.error(`✖ ${unexplained.length} skipped test(s) without a reason in tests/allowed-skips.json`);
    process.exitCode = 1;
  }
  if (counts.failed > 0) process.exitCode = 1;
  console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  if (notRun) {
    process.exitCode = 1;
    console.log(notRun);
  }
}

await step("Lint and format (ESLint, Prettier)", () => run("npm", ["run", "-s", "lint"]), { stage: "lint", blocks: "unit and e2e tests" });
await step("Unit tests (Vitest)", () =>
  run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${path.join(dataDir, "vitest.json")}`]),
);
await step("Fresh e2e database from the migrations and the seed", () => prepareDatabase(env, { forceSeed: true }), {
  stage: "database",
  blocks: "e2e",
});
await step("Production build for the e2e tests", () => run("npx", ["next", "build"]), { stage: "build", blocks: "e2e" });
env.PLAYWRIGHT_JSON_OUTPUT_NAME = path.join(dataDir, "playwright.json");
await step("End-to-end tests (Playwright, Chromium)", () => run("npx", ["playwright", "test", "--reporter=list,json", ...process.argv.slice(2)]));
report();
