// A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temp
// folder, listening on 127.0.0.1 only, UTF-8 (trigrams of Japanese and Arabic
// are empty under the plain C locale), stopped and removed afterwards.
// PostgreSQL refuses to run as root, so as root the server runs as `postgres`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./processes.mjs";

export const POSTGRES_HELP = [
  "PostgreSQL server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/*/bin.",
  "Install them with `sudo apt-get install -y postgresql` (Debian/Ubuntu), set PG_BIN to the folder that holds them,",
  "or point TEST_POSTGRES_URL at a PostgreSQL 15+ server (UTF-8) whose user may create databases.",
].join("\n");

/** The newest PostgreSQL 15+ server binaries on this machine, or null. */
export function postgresBin(env = process.env) {
  if (env.PG_BIN) return fs.existsSync(path.join(env.PG_BIN, "initdb")) ? env.PG_BIN : null;
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => Number(v) >= 15 && fs.existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], "bin") : null;
}

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** Runs a server binary, as `postgres` when we are root. */
function pgRun(bin, program, args) {
  const command = path.join(bin, program);
  const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  return execFileSync(file, argv, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
}

/**
 * Starts a new cluster. Returns its admin URL (`postgres` user, trust
 * authentication on loopback), and stop/start for fault tests.
 * fsync is off: a test cluster is thrown away, and its clean stops still flush.
 */
export async function startCluster({ env = process.env } = {}) {
  const bin = postgresBin(env);
  if (!bin) throw new Error(POSTGRES_HELP);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-pg-"));
  const data = path.join(dir, "data");
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  fs.chmodSync(dir, 0o700);
  pgRun(bin, "initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`;
  const cluster = {
    bin,
    dir,
    data,
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start() {
      pgRun(bin, "pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "start"]);
    },
    stop() {
      pgRun(bin, "pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    },
    dispose() {
      try {
        cluster.stop();
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}

/** A URL for database `name` on the server of `serverUrl`. */
export function databaseOn(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates (or re-creates) an empty UTF-8 database on the server of `serverUrl`; returns its URL. */
export async function createDatabase(serverUrl, name) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  } finally {
    await client.end();
  }
  return databaseOn(serverUrl, name);
}
