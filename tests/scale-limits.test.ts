import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { copyToPostgres } from "../scripts/bench/copy-to-postgres";
import { generateCatalog } from "../scripts/bench/catalog";
import { createDatabase } from "../scripts/lib/postgres-cluster.mjs";
import Database from "better-sqlite3";
import { keyListsNotSearchedByKey, readEverything } from "./fixtures/scale-reads";

// On a catalog of 2,000 films, every read that a reader page, search, the
// sitemap, the feeds or the admin list makes binds a bounded number of
// values: the database client refuses any statement over LIMIT
// (lib/db-param-guard.ts), and the largest count seen must stay under it.
// MARQUEE_SCALE_DATABASE=postgres runs the same reads on PostgreSQL
// (tests/scale-limits-postgres.test.ts sets it); each test file is its own
// process, so each gets its own client.
const FILMS = 2_000;
const LIMIT = 100;
const postgres = process.env.MARQUEE_SCALE_DATABASE === "postgres";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-scale-"));
const file = path.join(dir, "scale.db");
process.env.MARQUEE_MAX_QUERY_PARAMS = String(LIMIT);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const sqliteUrl = `file:${file}`;
  const migrate = (url: string) =>
    spawnSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  let result = migrate(sqliteUrl);
  expect(result.status, result.stderr).toBe(0);
  generateCatalog(file, FILMS, 0.05);
  process.env.DATABASE_URL = sqliteUrl;
  if (postgres) {
    const url = await createDatabase(inject("postgresUrl"), "marquee_scale_limits");
    result = migrate(url);
    expect(result.status, result.stderr).toBe(0);
    await copyToPostgres(file, url);
    process.env.DATABASE_URL = url;
  }
}, 180_000);

describe(`reads on ${FILMS.toLocaleString("en")} films (${postgres ? "PostgreSQL" : "SQLite"})`, () => {
  it("bind no list of values that grows with the catalog, and look keys up by their index", async () => {
    const statements = await readEverything(FILMS, LIMIT);
    if (postgres) return; // PostgreSQL plans from its statistics (ANALYZE); this guards SQLite's fixed heuristics.
    const database = new Database(file, { readonly: true });
    try {
      // The plan of a statement does not depend on the values bound (no statistics), so nulls stand in for them.
      const explain = (sql: string) =>
        (database.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array.from(sql.matchAll(/\?/g), () => null)) as { detail: string }[]).map(
          (step) => step.detail,
        );
      expect(statements.size).toBeGreaterThan(20);
      expect(keyListsNotSearchedByKey(statements, explain)).toEqual([]);
    } finally {
      database.close();
    }
  }, 240_000);
});
