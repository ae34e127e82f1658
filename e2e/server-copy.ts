import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect } from "@playwright/test";

/**
 * A second production server (the same build, `scripts/serve.mjs`) on its own
 * port and its own copy of the e2e database, for tests that must kill it,
 * change its settings, or keep other specs' requests out of its counters.
 */
export class ServerCopy {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-copy-"));
  readonly dbFile = path.join(this.dir, "copy.db");
  readonly origin: string;
  private server: ChildProcess | null = null;

  constructor(
    readonly port: number,
    private readonly env: Record<string, string> = {},
  ) {
    this.origin = `http://127.0.0.1:${port}`;
  }

  /** Copies the e2e database as it is now; call before the first start. */
  async copyDatabase() {
    await new Database(process.env.DATABASE_URL!.replace(/^file:/, ""), { readonly: true }).backup(this.dbFile);
  }

  async start() {
    this.server = spawn(process.execPath, [path.join("scripts", "serve.mjs")], {
      env: {
        ...process.env,
        PORT: String(this.port),
        DATABASE_URL: `file:${this.dbFile}`,
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

  dispose() {
    this.crash();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
