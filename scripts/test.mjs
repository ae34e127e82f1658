// `npm test`: the whole suite from a fresh clone. Lint and format checks
// (ESLint, Prettier), unit tests (Vitest), then the end-to-end tests
// (Playwright, real Chromium) against one production build served by
// scripts/serve.mjs, twice: on a fresh SQLite file and on a fresh PostgreSQL
// database, each made from its migrations and the seed; then the topology
// specs, on two instances of that build behind nginx with Redis. PostgreSQL is
// TEST_POSTGRES_URL (a server URL whose user may create databases), else a
// throwaway cluster started here. Extra arguments go to Playwright (e.g. `npm test -- -g trailer`).
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import chromium from "./lib/chromium.cjs";

const { CHROMIUM_HELP, resolveChromium } = chromium;
import { prepareDatabase } from "./lib/database.mjs";
import { createDatabase, startCluster } from "./lib/postgres-cluster.mjs";
import { runTopologySpecs } from "./lib/topology.mjs";

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
/** Wall time of each stage, for the last lines. */
const times = [];
const skippedTests = [];
/** Tests that failed, or failed and then passed on their retry, named in the last lines CI shows. */
const failedTests = [];
const flakyTests = [];
/** Why a stage did not run, once an earlier one failed; the last line says so. */
let notRun = null;

async function step(name, fn, { stage, blocks } = {}) {
  if (notRun) return;
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  try {
    await fn();
  } catch (error) {
    console.error(`\n✖ ${name} failed${error?.message && !error.status ? `: ${error.message}` : ""}`);
    if (blocks) notRun = `${blocks}: not run (${stage} failed)`;
    else process.exitCode = 1;
  } finally {
    times.push(`${name}: ${Math.round((Date.now() - started) / 1000)} s`);
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
      if (test.status === "failed") failedTests.push(`unit: ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
  }
}

/** The first line of an error message, without the terminal's colour codes. */
function firstLine(message = "") {
  return message
    .replace(/\u001b\[[0-9;]*m/g, "")
    .trim()
    .split("\n")[0]
    .slice(0, 300);
}

function tallyPlaywright(database) {
  const report = readJson(path.join(dataDir, `playwright-${database}.json`));
  if (!report) return;
  counts.passed += report.stats.expected + report.stats.flaky;
  counts.failed += report.stats.unexpected;
  const visit = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const title = `e2e (${database}): ${[...titles, spec.title].filter(Boolean).join(" › ")}`;
        const error = firstLine(test.results.find((result) => result.error)?.error?.message);
        if (test.status === "skipped") skippedTests.push(title);
        if (test.status === "unexpected") failedTests.push(`${title}: ${error}`);
        if (test.status === "flaky") flakyTests.push(`${title}: first attempt: ${error}`);
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
  tallyPlaywright("sqlite");
  tallyPlaywright("postgres");
  tallyPlaywright("topology");
  counts.skipped = skippedTests.length;
  const allowed = readJson(path.join(root, "tests", "allowed-skips.json")) ?? {};
  const unexplained = skippedTests.filter((title) => !allowed[title]);
  for (const title of skippedTests) console.log(`skipped: ${title}${allowed[title] ? ` (${allowed[title]})` : ""}`);
  if (process.env.CI && unexplained.length > 0) {
    console.error(`✖ ${unexplained.length} skipped test(s) without a reason in tests/allowed-skips.json`);
    process.exitCode = 1;
  }
  if (counts.failed > 0) process.exitCode = 1;
  console.log(`\n${times.join("\n")}`);
  // Last, so a log cut to its tail still says which tests to look at.
  for (const title of flakyTests) console.log(`flaky (passed on its retry): ${title}`);
  for (const title of failedTests) console.error(`✖ failed: ${title}`);
  console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped, ${flakyTests.length} flaky`);
  if (notRun) {
    process.exitCode = 1;
    console.log(notRun);
  }
}

const e2eArgs = ["playwright", "test", "--reporter=list,json", ...process.argv.slice(2)];
let cluster = null;

await step("Lint and format (ESLint, Prettier)", () => run("npm", ["run", "-s", "lint"]), { stage: "lint", blocks: "unit and e2e tests" });
await step(
  "PostgreSQL for the tests",
  async () => {
    if (!env.TEST_POSTGRES_URL) {
      cluster = await startCluster();
      env.TEST_POSTGRES_URL = cluster.url;
      console.log(`Started a throwaway PostgreSQL cluster in ${cluster.dir} on port ${cluster.port}.`);
    }
  },
  { stage: "PostgreSQL", blocks: "unit and e2e tests" },
);
try {
  await step("Unit tests (Vitest)", () =>
    run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${path.join(dataDir, "vitest.json")}`]),
  );
  await step("Fresh SQLite e2e database from the migrations and the seed", () => prepareDatabase(env, { forceSeed: true }), {
    stage: "database",
    blocks: "e2e",
  });
  await step("Production build for the e2e tests", () => run("npx", ["next", "build"]), { stage: "build", blocks: "e2e" });
  env.PLAYWRIGHT_JSON_OUTPUT_NAME = path.join(dataDir, "playwright-sqlite.json");
  await step("End-to-end tests on SQLite (Playwright, Chromium)", () => run("npx", e2eArgs));
  await step(
    "Fresh PostgreSQL e2e database from the migrations and the seed",
    async () => {
      env.DATABASE_URL = await createDatabase(env.TEST_POSTGRES_URL, "marquee_e2e");
      await prepareDatabase(env, { forceSeed: true });
    },
    { stage: "PostgreSQL database", blocks: "e2e on PostgreSQL" },
  );
  env.PLAYWRIGHT_JSON_OUTPUT_NAME = path.join(dataDir, "playwright-postgres.json");
  await step("End-to-end tests on PostgreSQL (Playwright, Chromium)", () => run("npx", e2eArgs));
  // The same build as two instances behind nginx, sharing Redis and a fresh
  // PostgreSQL database.
  await step("End-to-end tests on the multi-instance topology (nginx, two instances, Redis, PostgreSQL)", async () => {
    env.DATABASE_URL = await createDatabase(env.TEST_POSTGRES_URL, "marquee_topology");
    env.PLAYWRIGHT_JSON_OUTPUT_NAME = path.join(dataDir, "playwright-topology.json");
    await runTopologySpecs(env, e2eArgs);
  });
} finally {
  cluster?.dispose();
}
report();
