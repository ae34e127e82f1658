import { execSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { expect } from "@playwright/test";
import { isPostgresUrl } from "../lib/database-url";
import { createDatabase, databaseOn, postgresBin } from "../scripts/lib/postgres-cluster.mjs";

const sourceUrl = () => process.env.DATABASE_URL!;

/**
 * A second production server (the same build, `scripts/serve.mjs`) on its own
 * port and its own copy of the e2e database, for tests that must kill it,
 * change its settings, or keep other specs' requests out of its counters.
 */
export class ServerCopy {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-copy-"));
  readonly dbFile = path.join(this.dir, "copy.db");
  /** On PostgreSQL, a database of its own on the same server. */
  readonly dbName = `marquee_copy_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  readonly postgres = isPostgresUrl(sourceUrl());
  readonly origin: string;
  private server: ChildProcess | null = null;

  constructor(
    readonly port: number,
    private readonly env: Record<string, string> = {},
  ) {
    this.origin = `http://127.0.0.1:${port}`;
  }

  get databaseUrl() {
    return this.postgres ? databaseOn(sourceUrl(), this.dbName) : `file:${this.dbFile}`;
  }

  /** Copies the e2e database as it is now; call before the first start. */
  async copyDatabase() {
    if (!this.postgres) {
      await new Database(sourceUrl().replace(/^file:/, ""), { readonly: true }).backup(this.dbFile);
      return;
    }
    const target = await createDatabase(databaseOn(sourceUrl(), "postgres"), this.dbName);
    const bin = postgresBin() ?? "";
    execSync(`"${path.join(bin, "pg_dump")}" --no-owner "${sourceUrl()}" | "${path.join(bin, "psql")}" -q -v ON_ERROR_STOP=1 "${target}"`, {
      stdio: ["ignore", "ignore", "inherit"],
    });
  }

  /** Runs one SQL statement on the copy (quoted names work on both databases). */
  async execute(sql: string) {
    if (!this.postgres) {
      const db = new Database(this.dbFile);
      db.prepare(sql).run();
      db.close();
      return;
    }
    const client = new pg.Client({ connectionString: this.databaseUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  }

  /** Takes the database away under the running server: every query now fails. */
  async destroyDatabase() {
    if (!this.postgres) {
      fs.writeFileSync(this.dbFile, Buffer.alloc(fs.statSync(this.dbFile).size, 0x5a));
      for (const f of [`${this.dbFile}-wal`, `${this.dbFile}-shm`]) fs.rmSync(f, { force: true });
      return;
    }
    await this.dropDatabase();
  }

  private async dropDatabase() {
    const client = new pg.Client({ connectionString: databaseOn(sourceUrl(), "postgres") });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${this.dbName}" WITH (FORCE)`).finally(() => client.end());
  }

  async start() {
    this.server = spawn(process.execPath, [path.join("scripts", "serve.mjs")], {
      env: {
        ...process.env,
        PORT: String(this.port),
        DATABASE_URL: this.databaseUrl,
        MARQUEE_SEARCH_FILE: path.join(this.dir, "search.db"),
        ...this.env,
      },
      stdio: "ignore",
    });
    const ready = () =>
      fetch(`${this.origin}/en`, { headers: { "accept-language": "en" } }).then(
        (r) => r.status,
        () => 0,
      );
    await expect.poll(ready, { timeout: 30_000 }).toBe(200);
  }

  /** Stops it as a crash would: no shutdown work at all. */
  crash() {
    this.server?.kill("SIGKILL");
    this.server = null;
  }

  async dispose() {
    this.crash();
    fs.rmSync(this.dir, { recursive: true, force: true });
    if (this.postgres) await this.dropDatabase();
  }
}
