import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

// Runs the real Prisma CLI through the WebAssembly schema-engine stand-in.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-migrations-"));
const file = path.join(dir, "empty.db");
const env = { ...process.env, DATABASE_URL: `file:${file}` };
const prisma = (...args: string[]) => spawnSync("npx", ["prisma", ...args], { env, encoding: "utf8", cwd: path.resolve(import.meta.dirname, "..") });

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("migrations", () => {
  it("apply to an empty database file", () => {
    const result = prisma("migrate", "deploy");
    expect(result.status, result.stderr + result.stdout).toBe(0);
    const db = new Database(file, { readonly: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => (row as { name: string }).name);
    const applied = db.prepare('SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL').get();
    db.close();
    expect(tables).toEqual(expect.arrayContaining(["Film", "ReviewTranslation", "Award", "Credit", "Person"]));
    const migrationDirs = fs.readdirSync("prisma/migrations").filter((name) => /^\d{14}_/.test(name));
    expect(applied).toEqual({ n: migrationDirs.length });
  });

  it("leave no drift between the migrations and schema.prisma", () => {
    const result = prisma("migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code");
    // --exit-code: 0 means no difference, 2 means the schema changed without a migration.
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it("leave the migrated database matching the schema", () => {
    const result = prisma("migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code");
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it("catch a schema changed without a migration (the twin of the two checks above)", () => {
    const drifted = path.join(dir, "drifted.prisma");
    const schema = fs.readFileSync("prisma/schema.prisma", "utf8");
    fs.writeFileSync(drifted, schema.replace("model Film {", "model Film {\n  driftProbe String?"));
    const fromMigrations = prisma("migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", drifted, "--exit-code");
    expect(fromMigrations.status, fromMigrations.stdout + fromMigrations.stderr).toBe(2);
    const fromDatabase = prisma("migrate", "diff", "--from-config-datasource", "--to-schema", drifted, "--exit-code");
    expect(fromDatabase.status, fromDatabase.stdout + fromDatabase.stderr).toBe(2);
    expect(fromDatabase.stdout).toContain("driftProbe");
  });

  it("are reported as up to date afterwards", () => {
    const output = execFileSync("npx", ["prisma", "migrate", "status"], { env, encoding: "utf8" });
    expect(output).toContain("Database schema is up to date");
  });
});
