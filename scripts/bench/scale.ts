// `npm run bench:scale [-- --sizes 6,1000,10000]`: builds and serves Marquee
// with `scripts/serve.mjs` (the `npm start` server) on a throwaway database per size (the demo seed for 6,
// a synthetic catalog otherwise, scripts/bench/catalog.ts) and prints every
// figure of the scale issue as a Markdown table. Nothing here is asserted:
// it measures and reports.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { client, load, sequential, signInCookie, type Stats } from "./measure";
import { measurePublish } from "./publish";
import { reviewPaths, warmUp } from "./warm-up";
import { serverEnv } from "../lib/server-options.mjs";
import { createDatabase, startCluster } from "../lib/postgres-cluster.mjs";
import { closeSqlPools } from "../lib/sql-rows";

const root = path.resolve(import.meta.dirname, "../..");
const arg = (name: string) => process.argv.find((a, i) => process.argv[i - 1] === `--${name}`);
const sizes = (arg("sizes") ?? "6,1000,10000").split(",").map(Number);
/** `--database postgres`: each size on a new PostgreSQL database (TEST_POSTGRES_URL's server, or a throwaway cluster). */
const database = arg("database") ?? "sqlite";
let postgresServer: { url: string; dispose: () => void } | null = null;
const port = 3300;
const origin = `http://127.0.0.1:${port}`;

type Row = Record<string, string>;
const table: Record<number, Row> = {};
const fmt = (s: Stats) => `${s.p50.toFixed(0)} / ${s.p95.toFixed(0)} / ${s.p99.toFixed(0)}${s.errors ? ` (${s.errors} err)` : ""}`;

async function benchSize(films: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `marquee-bench-${films}-`));
  let databaseUrl = `file:${path.join(dir, "bench.db")}`;
  if (database === "postgres") {
    postgresServer ??= process.env.TEST_POSTGRES_URL ? { url: process.env.TEST_POSTGRES_URL, dispose: () => undefined } : await startCluster();
    databaseUrl = await createDatabase(postgresServer.url, `marquee_bench_${films}`);
  }
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: ".next-bench",
    MARQUEE_SITE_URL: origin,
    PORT: String(port),
    BETTER_AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  };
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  const row: Row = (table[films] = {});
  console.log(`\n## ${films} films on ${database} (${databaseUrl})`);
  run("npx", ["prisma", "migrate", "deploy"]);
  if (films === 6) run("npx", ["tsx", "prisma/seed/index.ts"]);
  else run("npx", ["tsx", "scripts/bench/catalog.ts", String(films), "--accounts"]);

  fs.rmSync(path.join(root, ".next-bench"), { recursive: true, force: true });
  const started = performance.now();
  run("npx", ["next", "build"]);
  row["build (s)"] = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build ${row["build (s)"]} s`);

  const server = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: root,
    env: serverEnv({ ...env, PORT: String(port) }),
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve) => server.stdout!.on("data", (chunk) => String(chunk).includes("Ready") && resolve()));
  try {
    await measure(films, row, databaseUrl);
  } finally {
    server.kill("SIGTERM");
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

async function measure(films: number, row: Row, databaseUrl: string) {
  const get = client(origin);
  const slugs =
    films === 6
      ? ["drive", "shane", "spirited-away", "cleo-from-5-to-7", "la-haine", "a-separation"]
      : Array.from({ length: 40 }, (_, i) => `film-${Math.floor(((i + 1) * films) / 41)}`);
  const locales = ["en", "ja", "fr", "ar"];
  const search = async (q: string, locale: string) => get(`/${locale}/search?q=${encodeURIComponent(q)}`);

  row["server memory after start (MB)"] = String(serverRssMb());
  await get("/en"); // the server itself warm; the search route and its index still cold
  let first = await search(films === 6 ? "gosling" : "film 1234", "en");
  row["first search after start (ms)"] = first.ms.toFixed(0);
  // Load each route's code once (a page not measured below), so "cold" means a page never rendered, not a route never loaded.
  const routesOnce =
    films === 6
      ? ["/fr/reviews/drive", "/fr/genres/crime", "/fr/years/2011", "/fr/people/ryan-gosling", "/fr/page/2", "/fr/genres", "/fr/years"]
      : ["/fr/reviews/film-1", "/fr/genres/western", "/fr/years/1931", "/fr/people/person-1", "/fr/page/3", "/fr/genres", "/fr/years"];
  for (const p of routesOnce) await get(p);

  const pages = Math.ceil(films / 12);
  const staticListings = [
    "/en",
    "/ja",
    `/en/page/2`,
    `/fr/page/${Math.min(pages, 300)}`,
    `/en/page/${Math.max(2, Math.floor(pages / 2))}`,
    "/en/genres/drama",
    "/ja/genres/crime",
    "/en/genres/drama/page/2",
    "/en/years/2010s",
    "/fr/years/2011",
    "/en/years/1950s",
    "/ar/years/1995",
    "/en/genres",
    "/ja/years",
  ].filter((p) => films > 12 || !p.includes("/page/"));
  const reviews = slugs.map((s, i) => `/${locales[i % 4]}/reviews/${s}`);
  const measured = new Set([...reviews, ...staticListings]);
  const justStarted = reviewPaths(slugs, films, 20, 1, measured);
  row["cold review page, server just started"] = fmt(await sequential(get, justStarted));
  const cookie = await signInCookie(origin);
  const admin = client(origin, { cookie });
  const warmed = reviewPaths(slugs, films, 150, 2, new Set([...measured, ...justStarted]));
  row["pages rendered before the rows below, not measured"] = String(await warmUp(get, admin, warmed, films, measured));
  row["cold review page p50/p95/p99 (ms)"] = fmt(await sequential(get, reviews));
  // People credited on the reviews just read (their pages not yet rendered):
  // in the synthetic catalog some people have no credit, and their page is rightly a 404.
  const people = new Set<string>();
  for (const slug of slugs.slice(0, 8)) {
    const link = (await get(`/en/reviews/${slug}`)).body.match(/href="\/en\/people\/([^"/?#]+)"/);
    if (link) people.add(link[1]!);
  }
  const listings = [...staticListings, ...[...people].map((person) => `/en/people/${person}`)];
  row["cold listing page p50/p95/p99 (ms)"] = fmt(await sequential(get, listings));

  const candidates = [...listings, ...slugs.slice(0, 10).map((s) => `/en/reviews/${s}`)];
  const warm = [];
  for (const p of candidates) if ((await get(p)).status === 200) warm.push(p);
  row["warm pages under 10 connections p50/p95/p99 (ms)"] = fmt(await load(get, warm, 10, 5));
  // What a publish costs the others: 20 pages regenerated (one after another) while the warm load runs.
  const regenerated = slugs.slice(10, 30).map((s, i) => `/${locales[(i + 1) % 4]}/reviews/${s}`);
  const [during, renders] = await Promise.all([load(get, warm, 10, 5), sequential(get, regenerated)]);
  row["  the same while 20 pages are regenerated"] = fmt(during);
  row["  those 20 renders p50/p95 (ms)"] = `${renders.p50.toFixed(0)} / ${renders.p95.toFixed(0)}`;

  const en =
    films === 6
      ? ["gosling", "shane", "drive", "cleo", "desert"]
      : ["film 1234", "tanaka 77", "memory 4321", "cannes", "person"].concat(["secret 900", "river 2500", "quill"]);
  const ja1 = films === 6 ? ["愛", "夜", "千", "車"] : ["夜", "愛", "川", "光"];
  const ja2 = films === 6 ? ["監督", "千尋", "西部"] : ["監督", "記憶", "約束", "都市"];
  const ja3 = films === 6 ? ["ドライヴ", "ゴズリング", "千と千尋"] : ["運転手", "見知らぬ人", "カメラ"];
  const searchStats = async (queries: string[], locale: string) =>
    sequential(
      get,
      queries.flatMap((q) => Array(5).fill(`/${locale}/search?q=${encodeURIComponent(q)}`)),
    );
  row["search en p50/p95/p99 (ms)"] = fmt(await searchStats(en, "en"));
  row["search ja 1 char"] = fmt(await searchStats(ja1, "ja"));
  row["search ja 2 chars"] = fmt(await searchStats(ja2, "ja"));
  row["search ja 3+ chars"] = fmt(await searchStats(ja3, "ja"));

  const adminPages = [
    "/en/admin",
    `/en/admin?page=${Math.min(300, Math.ceil(films / 20))}`,
    "/en/admin?q=film%2012",
    "/en/admin?status=missing",
    ...["draft", "published", "scheduled", "outdated"].flatMap((s) => [`/en/admin?status=${s}`, `/en/admin?status=${s}&locale=ja`]),
  ];
  // The admin route's code loaded once, as the reader routes' above (page 2 is not measured).
  await admin("/en/admin?page=2");
  row["admin list p50/p95/p99 (ms)"] = fmt(
    await sequential(
      admin,
      adminPages.flatMap((p) => [p, p]),
    ),
  );

  const unrelated = [...slugs.slice(20, 30).map((s) => `/en/reviews/${s}`), "/en/genres", "/fr/years"];
  const published = await measurePublish({ origin, distDir: path.join(root, ".next-bench"), databaseUrl, cookie, get, unrelated });
  if (published) {
    row["publish a translation: save action (ms)"] = published.saveMs.toFixed(0);
    row["  then first request to its page (ms), shows the new text"] = `${published.firstRenderMs.toFixed(0)}, ${published.shows ? "yes" : "NO"}`;
    row["  its other locales' pages re-rendered"] = published.affectedMiss;
    row["  unrelated warm pages re-rendered"] = published.unrelatedMiss;
  }

  const index = await get("/sitemap.xml");
  const parts = [...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  row["sitemap index (ms)"] = index.ms.toFixed(0);
  const partStats = await sequential(get, parts);
  row[`sitemap parts, each cold: p50/p95/max (ms)`] =
    `${partStats.p50.toFixed(0)} / ${partStats.p95.toFixed(0)} / ${partStats.max.toFixed(0)} (${parts.length} parts)`;
  row["feeds cold p50/p95/p99 (ms)"] = fmt(
    await sequential(
      get,
      locales.map((l) => `/${l}/feed.xml`),
    ),
  );
  first = await get("/en/feed.xml");
  row["feed warm (ms)"] = first.ms.toFixed(0);
  row["server memory after the run (MB)"] = String(serverRssMb());
  console.log(row);
}

/** Resident memory of the process listening on our port (the Next server). */
function serverRssMb(): number {
  const pid = execFileSync("sh", ["-c", `ss -ltnpH 'sport = :${port}' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2`], { encoding: "utf8" }).trim();
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)![1]) / 1024);
}

async function main() {
  try {
    for (const films of sizes) await benchSize(films);
  } finally {
    await closeSqlPools();
    postgresServer?.dispose();
  }
  console.log(`\nDatabase: ${database}`);
  const keys = Object.keys(table[sizes[0]!]!);
  console.log(`\n| figure | ${sizes.map((n) => `${n.toLocaleString("en")} films`).join(" | ")} |`);
  console.log(`|---|${sizes.map(() => "---").join("|")}|`);
  for (const key of keys) console.log(`| ${key} | ${sizes.map((n) => table[n]?.[key] ?? "").join(" | ")} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
