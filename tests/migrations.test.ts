import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase } from "../scripts/lib/postgres-cluster.mjs";
import { SOURCE, TARGET, postgresSchema } from "../scripts/postgres-schema.mjs";

// Runs the real Prisma CLI through the WebAssembly schema-engine stand-in,
// against a new SQLite file and a new database on a real PostgreSQL server.
const root = path.resolve(import.meta.dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-migrations-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Target = {
  name: string;
  folder: string;
  url: () => Promise<string>;
  /** Table names, and how many migrations finished. */
  inspect: (url: string) => Promise<{ tables: string[]; applied: number }>;
};

const targets: Target[] = [
  {
    name: "SQLite",
    folder: "prisma",
    url: async () => `file:${path.join(dir, "empty.db")}`,
    inspect: async (url) => {
      const db = new Database(url.slice("file:".length), { readonly: true });
      try {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
        const { n } = db.prepare('SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL').get() as { n: number };
        return { tables: tables.map((t) => t.name), applied: n };
      } finally {
        db.close();
      }
    },
  },
  {
    name: "PostgreSQL",
    folder: "prisma/postgres",
    url: () => createDatabase(inject("postgresUrl"), "marquee_migrations_test"),
    inspect: async (url) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const tables = await client.query("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'");
        const applied = await client.query('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL');
        return { tables: tables.rows.map((t) => t.name), applied: applied.rows[0].n };
      } finally {
        await client.end();
      }
    },
  },
];

describe.each(targets)("migrations on $name", ({ folder, url, inspect }) => {
  let databaseUrl = "";
  const prisma = (...args: string[]) =>
    spawnSync("npx", ["prisma", ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8", cwd: root });
  const schema = path.join(folder, "schema.prisma");
  const migrations = path.join(folder, "migrations");
  beforeAll(async () => {
    databaseUrl = await url();
  });

  it("apply to an empty database", async () => {
    const result = prisma("migrate", "deploy");
    expect(result.status, result.stderr + result.stdout).toBe(0);
    const { tables, applied } = await inspect(databaseUrl);
    expect(tables).toEqual(expect.arrayContaining(["Film", "ReviewTranslation", "Award", "Credit", "Person", "user", "Revision"]));
    const migrationDirs = fs.readdirSync(path.join(root, migrations)).filter((name) => /^\d{14}_/.test(name));
    expect(applied).toBe(migrationDirs.length);
  });

  it("leave no drift between the migrations and the schema", () => {
    const result = prisma("migrate", "diff", "--from-migrations", migrations, "--to-schema", schema, "--exit-code");
    // --exit-code: 0 means no difference, 2 means the schema changed without a migration.
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it("leave the migrated database matching the schema", () => {
    const result = prisma("migrate", "diff", "--from-config-datasource", "--to-schema", schema, "--exit-code");
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it("catch a schema changed without a migration (the twin of the two checks above)", () => {
    const drifted = path.join(dir, `drifted-${folder.replace(/\W/g, "-")}.prisma`);
    fs.writeFileSync(drifted, fs.readFileSync(path.join(root, schema), "utf8").replace("model Film {", "model Film {\n  driftProbe String?"));
    const fromMigrations = prisma("migrate", "diff", "--from-migrations", migrations, "--to-schema", drifted, "--exit-code");
    expect(fromMigrations.status, fromMigrations.stdout + fromMigrations.stderr).toBe(2);
    const fromDatabase = prisma("migrate", "diff", "--from-config-datasource", "--to-schema", drifted, "--exit-code");
    expect(fromDatabase.status, fromDatabase.stdout + fromDatabase.stderr).toBe(2);
    expect(fromDatabase.stdout).toContain("driftProbe");
  });

  it("are reported as up to date afterwards", () => {
    const result = prisma("migrate", "status");
    expect(result.stdout).toContain("Database schema is up to date");
  });
});

describe("the two schemas", () => {
  it("have the same models: the PostgreSQL schema is the SQLite one with only the provider and client folder changed", () => {
    expect(fs.readFileSync(TARGET, "utf8")).toBe(postgresSchema(fs.readFileSync(SOURCE, "utf8")));
  });

  it("catch a hand edit to the PostgreSQL schema (the twin)", () => {
    const edited = fs.readFileSync(TARGET, "utf8").replace("model Film {", "model Film {\n  onlyInPostgres String?");
    expect(edited).not.toBe(postgresSchema(fs.readFileSync(SOURCE, "utf8")));
  });
});
