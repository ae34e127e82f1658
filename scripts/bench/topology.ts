// `npm run bench`: the multi-instance figures. Serves one review page three
// ways in one run (through the nginx front of two instances with Redis, from
// a single `npm start` server, and as a static file from nginx), at 10 and 50
// connections with wrk, then has an editor publish 40 times while 50
// connections read: on instance A through the front (readers at normal and at
// the lowest CPU priority), and on a single server on PostgreSQL and on
// SQLite. It times each save's answer and how long the new text takes to show.
// Prints Markdown tables; asserts nothing.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuild } from "../lib/build.mjs";
import { prepareDatabase } from "../lib/database.mjs";
import { nginxBinary, startStaticNginx } from "../lib/nginx-config.mjs";
import { createDatabase, startCluster } from "../lib/postgres-cluster.mjs";
import { serverEnv } from "../lib/server-options.mjs";
import { closeSqlPools, sqlRows } from "../lib/sql-rows";
import { startTopology } from "../lib/topology.mjs";
import { signInCookie, stats } from "./measure";
import { saveTranslationAction } from "./publish";

const root = path.resolve(import.meta.dirname, "../..");
const PORT = 3400;
const SINGLE = PORT + 10;
const STATIC = PORT + 20;
const SINGLE_SQLITE = PORT + 30;
const PAGE = "/en/reviews/drive";
const SECONDS = Number(process.env.BENCH_SECONDS) || 8;
const rows: string[][] = [];

type Wrk = { rps: number; p99: number; errors: number; detail: string };

const wrkArgs = (url: string, connections: number, seconds: number) => ["-t2", `-c${connections}`, `-d${seconds}s`, "--latency", url];

/** Requests per second, p99 latency (ms) and errors (non-2xx/3xx answers, socket errors) from wrk's report. */
function parseWrk(out: string): Wrk {
  const p99 = out.match(/ 99%\s+([\d.]+)(us|ms|s)/);
  const scale = { us: 0.001, ms: 1, s: 1000 } as const;
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    rps: Number(out.match(/Requests\/sec:\s+([\d.]+)/)![1]),
    p99: p99 ? Number(p99[1]) * scale[p99[2] as keyof typeof scale] : NaN,
    errors: Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0) + (socket ? socket.slice(1).reduce((a, n) => a + Number(n), 0) : 0),
    detail: [socket?.[0], out.match(/Non-2xx or 3xx responses: \d+/)?.[0]].filter(Boolean).join("; "),
  };
}

function wrk(url: string, connections: number, seconds = SECONDS): Wrk {
  return parseWrk(execFileSync("wrk", wrkArgs(url, connections, seconds), { encoding: "utf8" }));
}

/**
 * The same, in the background, until `stop()` (wrk reports on SIGINT), while
 * this process goes on publishing. wrk runs in a session of its own: where the
 * kernel groups processes by session for CPU time (sched_autogroup, on by
 * default), it would otherwise share one group with the two instances this
 * process started, and take most of that group's time from them, while
 * PostgreSQL (pg_ctl starts it in a session of its own) and nginx each keep a
 * group's share; in a deployment, each service has its own group (systemd
 * gives each a cgroup). With `niced`, wrk stands in for readers on other
 * machines: its group gets the lowest priority (nice alone would rank it only
 * within its group), so it takes only time that the servers leave.
 */
function wrkInBackground(url: string, connections: number, niced = false) {
  const command = ["wrk", ...wrkArgs(url, connections, 600)];
  if (niced) command.unshift("nice", "-n", "19");
  const child = spawn(command[0]!, command.slice(1), { stdio: ["ignore", "pipe", "inherit"], detached: true });
  if (niced) {
    try {
      fs.writeFileSync(`/proc/${child.pid}/autogroup`, "19");
    } catch {
      // Not Linux, or a kernel without autogroups: nice alone is what counts there.
    }
  }
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  const done = new Promise<Wrk>((resolve) => child.on("exit", () => resolve(parseWrk(out))));
  // In its own session, it would outlive a benchmark that fails half-way.
  const orphaned = () => child.kill();
  process.on("exit", orphaned);
  return {
    stop: () => {
      process.off("exit", orphaned);
      child.kill("SIGINT");
      return done;
    },
  };
}

/** nginx serving `html` as a static file: the ceiling a caching front can approach. */
function staticNginx(dir: string, html: string) {
  fs.mkdirSync(path.join(dir, "root", "en", "reviews"), { recursive: true });
  fs.writeFileSync(path.join(dir, "root", PAGE.slice(1)), html);
  return startStaticNginx({ dir, listen: STATIC, root: path.join(dir, "root") });
}

function startSingle(env: NodeJS.ProcessEnv, port = SINGLE) {
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: root,
    env: serverEnv({ ...env, PORT: String(port), REDIS_URL: "" }),
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise<typeof child>((resolve) => child.stdout.on("data", (chunk) => String(chunk).includes("Ready") && resolve(child)));
}

const SAVES = 40;

/**
 * SAVES publishes on instance A under 50 connections through the front; how
 * long each save took to answer, and then to show through the front. One save
 * before them is timed apart: the first save after a start also loads the
 * action's code.
 */
async function publishes(front: string, a: string, distDir: string, databaseUrl: string, niced = false) {
  const cookie = await signInCookie(front, `http://localhost:${PORT}`);
  const reading = wrkInBackground(`${front}${PAGE}`, 50, niced);
  const delays: number[] = [];
  // The save itself (the editor's wait for "Saved."), apart from the time to show through the front.
  const saves: number[] = [];
  let failed = 0;
  for (let n = 0; n <= SAVES; n++) {
    const [row] = await sqlRows<Record<string, string | number | null>>(
      databaseUrl,
      `SELECT t.* FROM "ReviewTranslation" t JOIN "Film" f ON f."id" = t."filmId" WHERE f."slug" = 'drive' AND t."locale" = 'en'`,
    );
    const marker = `Benchmark publish ${n} ${crypto.randomUUID()}`;
    const fields: Record<string, string> = { slug: "drive", locale: "en", uiLocale: "en", version: String(row!.version), status: "published" };
    for (const key of ["title", "excerpt", "synopsis", "contentWarning", "musicNotes"]) fields[key] = String(row![key] ?? "");
    fields.commentary = `${marker}\n\n${String(row!.commentary).split("\n\n").slice(1).join("\n\n")}`;
    const sent = performance.now();
    const saved = await saveTranslationAction({ origin: a, distDir, cookie, fields });
    const acknowledged = performance.now();
    saves.push(acknowledged - sent);
    if (saved.status !== 200) failed++;
    while (!(await (await fetch(`${front}${PAGE}`)).text()).includes(marker)) {
      if (performance.now() - acknowledged > 10_000) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    delays.push(performance.now() - acknowledged);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const first = saves.shift()!;
  delays.shift();
  return { first, visible: stats(delays), save: stats(saves), failed, load: await reading.stop() };
}

async function main() {
  if (!nginxBinary()) throw new Error("nginx is not installed (apt-get install -y nginx).");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-bench-topology-"));
  const postgres = process.env.TEST_POSTGRES_URL ? { url: process.env.TEST_POSTGRES_URL, dispose: () => undefined } : await startCluster();
  const children: { kill: (signal?: NodeJS.Signals) => boolean }[] = [];
  let topology: Awaited<ReturnType<typeof startTopology>> | null = null;
  try {
    const env = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: await createDatabase(postgres.url, "marquee_bench_topology"),
      BETTER_AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      MARQUEE_SITE_URL: `http://localhost:${PORT}`,
      MARQUEE_TOPOLOGY_QUIET: "1",
    };
    ensureBuild(env);
    topology = await startTopology({ env, port: PORT });
    children.push(await startSingle(env));
    const front = `http://localhost:${PORT}`;
    const single = `http://localhost:${SINGLE}`;
    const html = await (await fetch(`${single}${PAGE}`)).text();
    children.push(await staticNginx(path.join(dir, "static"), html));

    for (const [name, base] of [
      ["nginx front, 2 instances + Redis", front],
      ["single `npm start` server", single],
      ["nginx, the page as a static file", `http://localhost:${STATIC}`],
    ] as const) {
      wrk(`${base}${PAGE}`, 10, 2); // warm
      for (const connections of [10, 50]) {
        const result = wrk(`${base}${PAGE}`, connections);
        rows.push([`${name}, ${connections} connections`, result.rps.toFixed(0), result.p99.toFixed(1), String(result.errors)]);
      }
    }
    const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
    // The embedded default: one `npm start` server on a SQLite file.
    const sqliteEnv = { ...env, DATABASE_URL: `file:${path.join(dir, "bench.db")}` };
    await prepareDatabase(sqliteEnv);
    children.push(await startSingle(sqliteEnv, SINGLE_SQLITE));
    const sqliteSingle = `http://localhost:${SINGLE_SQLITE}`;
    const a = topology.apps[0]!.url;
    const runs = [
      ["instance A; 50 readers through the front", await publishes(front, a, distDir, env.DATABASE_URL)],
      [
        "instance A; the same readers at the lowest CPU priority (readers on other machines)",
        await publishes(front, a, distDir, env.DATABASE_URL, true),
      ],
      ["single `npm start` server on PostgreSQL; 50 readers on it", await publishes(single, single, distDir, env.DATABASE_URL)],
      [
        "single `npm start` server on SQLite (the default); 50 readers on it",
        await publishes(sqliteSingle, sqliteSingle, distDir, sqliteEnv.DATABASE_URL),
      ],
    ] as const;
    console.log("\n| served | req/s | p99 (ms) | errors |\n|---|---|---|---|");
    for (const row of rows) console.log(`| ${row.join(" | ")} |`);
    console.log(
      `\n${SAVES} publishes of the English review, each after the last showed (ms). Save: the editor's wait for "Saved.", after a first save timed apart. Visible: from that answer until the page through the front (or that server) has the new text.`,
    );
    console.log(
      "\n| editor saves on | first save | save p50 | save p95 | save max | visible p50 | visible p95 | failed | readers req/s | readers p99 | reader errors |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|---|");
    for (const [name, run] of runs) {
      const ms = (n: number) => n.toFixed(0);
      console.log(
        `| ${name} | ${ms(run.first)} | ${ms(run.save.p50)} | ${ms(run.save.p95)} | ${ms(run.save.max)} | ${ms(run.visible.p50)} | ${ms(run.visible.p95)} | ${run.failed} | ${run.load.rps.toFixed(0)} | ${run.load.p99.toFixed(1)} | ${run.load.errors}${run.load.detail ? ` (${run.load.detail})` : ""} |`,
      );
    }
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await topology?.stop();
    await closeSqlPools();
    postgres.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
