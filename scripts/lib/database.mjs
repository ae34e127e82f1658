// Applies the committed migrations and, on an empty database, the demo seed.
// Shared by `npm start`, the test runner and the benchmark. On PostgreSQL it
// first checks what Marquee needs of the server, and stops with one line
// saying what to fix rather than a stack trace.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const run = (command, args, env) => execFileSync(command, args, { stdio: "inherit", env });

export function sqliteFile(url) {
  return url.startsWith("file:") ? path.resolve(url.slice("file:".length).replace(/\?.*$/, "")) : null;
}

export const isPostgresUrl = (url) => /^postgres(ql)?:\/\//i.test(url ?? "");

/** A database problem the user can fix; `npm start` prints its message alone. */
export class DatabaseSetupError extends Error {}

const where = (url) => {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}/${decodeURIComponent(parsed.pathname.slice(1))}`;
};

/** Connects and checks version, encoding and pg_trgm; throws DatabaseSetupError with what to fix. */
export async function checkPostgres(url) {
  const { default: pg } = await import("pg");
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseSetupError("DATABASE_URL is not a valid URL; expected postgresql://user:password@host:5432/database");
  }
  if (!parsed.pathname || parsed.pathname === "/")
    throw new DatabaseSetupError(`DATABASE_URL names no database: add it after the host (postgresql://…/marquee)`);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    const reasons = {
      "3D000": `database does not exist: create it with \`createdb -E UTF8 -T template0 --locale=C.UTF-8 ${decodeURIComponent(parsed.pathname.slice(1))}\``,
      "28P01": "password authentication failed: check the user and password in DATABASE_URL",
      28000: "the server refused this user: check pg_hba.conf and the user in DATABASE_URL",
      ECONNREFUSED: "nothing is listening there: is PostgreSQL running, and are the host and port right?",
      ENOTFOUND: "the host name does not resolve: check the host in DATABASE_URL",
      ETIMEDOUT: "the server did not answer within 5 s: check the host, port and firewall",
    };
    const reason = reasons[error?.code] ?? error?.message ?? String(error);
    throw new DatabaseSetupError(`Cannot use PostgreSQL at ${where(url)}: ${reason}`);
  }
  try {
    const { rows } = await client.query(
      `SELECT current_setting('server_version_num')::int AS version, pg_encoding_to_char(encoding) AS encoding, datctype AS ctype,
              (SELECT COUNT(*) FROM pg_available_extensions WHERE name = 'pg_trgm')::int AS trgm
       FROM pg_database WHERE datname = current_database()`,
    );
    const { version, encoding, ctype, trgm } = rows[0];
    const fix = `PostgreSQL at ${where(url)}`;
    if (version < 150000) throw new DatabaseSetupError(`${fix} is version ${Math.floor(version / 10000)}; Marquee needs PostgreSQL 15 or newer`);
    if (encoding !== "UTF8" || !/utf-?8/i.test(ctype)) {
      throw new DatabaseSetupError(
        `${fix} uses encoding ${encoding} and ctype ${ctype}; Marquee needs UTF8 with a UTF-8 ctype (for example createdb -E UTF8 -T template0 --locale=C.UTF-8)`,
      );
    }
    if (!trgm)
      throw new DatabaseSetupError(`${fix} lacks the pg_trgm extension that search uses: install PostgreSQL's contrib package (postgresql-contrib)`);
    try {
      await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    } catch (error) {
      throw new DatabaseSetupError(`${fix}: cannot enable pg_trgm (${error.message}); run CREATE EXTENSION pg_trgm as a superuser once`);
    }
  } finally {
    await client.end();
  }
}

async function countFilms(url) {
  if (isPostgresUrl(url)) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return Number((await client.query('SELECT COUNT(*) AS n FROM "Film"')).rows[0].n);
    } finally {
      await client.end();
    }
  }
  const Database = (await import("better-sqlite3")).default;
  const db = new Database(sqliteFile(url), { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) AS n FROM "Film"').get().n;
  } finally {
    db.close();
  }
}

/** Migrates the database at env.DATABASE_URL; seeds it when it has no films. */
export async function prepareDatabase(env, { forceSeed = false } = {}) {
  const url = env.DATABASE_URL;
  if (isPostgresUrl(url)) await checkPostgres(url);
  else fs.mkdirSync(path.dirname(sqliteFile(url)), { recursive: true });
  run("npx", ["prisma", "migrate", "deploy"], env);
  const films = await countFilms(url);
  if (forceSeed || films === 0) run("npx", ["tsx", "prisma/seed/index.ts"], env);
  return { seeded: forceSeed || films === 0 };
}
