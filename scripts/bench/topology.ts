// `npm run bench`: the multi-instance figures. Serves one review page three
// ways in one run (through the nginx front of two instances with Redis, from
// a single `npm start` server, and as a static file from nginx), at 10 and 50
// connections with wrk, then has an editor publish 20 times on instance A
// while 50 connections read through the front, timing how long each publish
// takes to be visible through the front. Prints a Markdown table; asserts nothing.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuild } from "../lib/build.mjs";
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
 * The same, in the background, while this process goes on publishing. With
 * `niced`, wrk runs at the lowest CPU priority: it stands in for readers on
 * other machines, so it should not take the cores the servers (nginx, the
 * instances, Redis, PostgreSQL) need; on two shared cores it otherwise takes
 * about one of them.
 */
function wrkInBackground(url: string, connections: number, seconds: number, niced = false): Promise<Wrk> {
  const command = ["wrk", ...wrkArgs(url, connections, seconds)];
  if (niced) command.unshift("nice", "-n", "19");
  const child = spawn(command[0]!, command.slice(1), { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  return new Promise((resolve) => child.on("exit", () => resolve(parseWrk(out))));
}

/** nginx serving `html` as a static file: the ceiling a caching front can approach. */
function staticNginx(dir: string, html: string) {
  fs.mkdirSync(path.join(dir, "root", "en", "reviews"), { recursive: true });
  fs.writeFileSync(path.join(dir, "root", PAGE.slice(1)), html);
  return startStaticNginx({ dir, listen: STATIC, root: path.join(dir, "root") });
}

function startSingle(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: root,
    env: serverEnv({ ...env, PORT: String(SINGLE), REDIS_URL: "" }),
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise<typeof child>((resolve) => child.stdout.on("data", (chunk) => String(chunk).includes("Ready") && resolve(child)));
}

/** 20 publishes on instance A under 50 connections through the front; how long each took to show through the front. */
async function publishes(front: string, a: string, distDir: string, databaseUrl: string, niced = false) {
  const cookie = await signInCookie(front, `http://localhost:${PORT}`);
  const reading = wrkInBackground(`${front}${PAGE}`, 50, 30, niced);
  const delays: number[] = [];
  // The save itself (the editor's wait for "Saved."), apart from the time to show through the front.
  const saves: number[] = [];
  let failed = 0;
  for (let n = 1; n <= 20; n++) {
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
  return { visible: stats(delays), save: stats(saves), failed, load: await reading };
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
    const published = await publishes(front, topology.apps[0]!.url, distDir, env.DATABASE_URL);
    const publishedNiced = await publishes(front, topology.apps[0]!.url, distDir, env.DATABASE_URL, true);
    // The same on the single server with its own 50 readers: what one `npm start` gives an editor under load.
    const alone = await publishes(single, single, distDir, env.DATABASE_URL);
    console.log("\n| served | req/s | p99 (ms) | errors |\n|---|---|---|---|");
    for (const row of rows) console.log(`| ${row.join(" | ")} |`);
    console.log(
      `\nPublish on instance A, visible through the front (20 publishes): p50 ${published.visible.p50.toFixed(0)} ms, p95 ${published.visible.p95.toFixed(0)} ms, max ${published.visible.max.toFixed(0)} ms; failed saves: ${published.failed}`,
      `The save action itself, answered on instance A (the editor's wait): p50 ${published.save.p50.toFixed(0)} ms, p95 ${published.save.p95.toFixed(0)} ms, max ${published.save.max.toFixed(0)} ms`,
    );
    console.log(
      `Readers meanwhile (50 connections through the front, 30 s): ${published.load.rps.toFixed(0)} req/s, p99 ${published.load.p99.toFixed(1)} ms, errors ${published.load.errors}${published.load.detail ? ` (${published.load.detail})` : ""}`,
    );
    console.log(
      `The same with wrk at the lowest CPU priority (readers on other machines): save p50 ${publishedNiced.save.p50.toFixed(0)} ms, p95 ${publishedNiced.save.p95.toFixed(0)} ms, max ${publishedNiced.save.max.toFixed(0)} ms; visible p50 ${publishedNiced.visible.p50.toFixed(0)} ms, p95 ${publishedNiced.visible.p95.toFixed(0)} ms; failed saves: ${publishedNiced.failed}; readers ${publishedNiced.load.rps.toFixed(0)} req/s, p99 ${publishedNiced.load.p99.toFixed(1)} ms, errors ${publishedNiced.load.errors}`,
    );
    console.log(
      `Single server, 20 publishes while 50 connections read it: save p50 ${alone.save.p50.toFixed(0)} ms, p95 ${alone.save.p95.toFixed(0)} ms, max ${alone.save.max.toFixed(0)} ms; visible p50 ${alone.visible.p50.toFixed(0)} ms, p95 ${alone.visible.p95.toFixed(0)} ms; failed saves: ${alone.failed}; readers ${alone.load.rps.toFixed(0)} req/s, p99 ${alone.load.p99.toFixed(1)} ms, errors ${alone.load.errors}`,
    );
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
