// `npm run audit`: third-party checks against the production build, the way a
// search engine or a reviewer would run them. Builds (into .next-audit) when
// needed, serves the demo content from a fresh SQLite file, then runs:
// - Lighthouse (npm `lighthouse`, driving the Debian Chromium, offline) on the
//   home, review, genre and search pages in en and ar, mobile and desktop;
// - the Nu HTML checker (npm `vnu-jar`, on the system Java; a JRE is installed
//   from apt when missing) on every page kind, admin pages and the 404 included.
// Prints one table each. A report, not a test: it never fails on a score.
// `npm run audit -- --only nu` (or `--only lighthouse`) runs one of the two.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import vnuJar from "vnu-jar";
import { ensureBuild } from "./lib/build.mjs";
import chromium from "./lib/chromium.cjs";
import { prepareDatabase } from "./lib/database.mjs";
import { commandPath } from "./lib/processes.mjs";
import { serverEnv } from "./lib/server-options.mjs";
import { signInCookie } from "./bench/measure";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.AUDIT_PORT || 3300);
const origin = `http://localhost:${port}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-audit-"));
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: `file:${path.join(dir, "audit.db")}`,
  NEXT_DIST_DIR: ".next-audit",
  MARQUEE_SITE_URL: origin,
  PORT: String(port),
  BETTER_AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
};

const LIGHTHOUSE_PAGES = ["/{l}", "/{l}/reviews/drive", "/{l}/genres/crime", "/{l}/search?q=drive"];
const NU_PAGES = [
  "/en",
  "/ar",
  "/ja/reviews/spirited-away",
  "/ar/reviews/drive",
  "/fr/genres",
  "/en/genres/crime",
  "/en/years",
  "/fr/years/2011",
  "/en/people/ryan-gosling",
  "/ja/page/2",
  "/en/search?q=drive",
  "/en/reviews/no-such-film",
  "/ja/nothing-here",
  "/en/admin/sign-in",
];
const NU_ADMIN_PAGES = [
  "/en/admin",
  "/en/admin/films/drive",
  "/en/admin/films/drive/facts",
  "/ar/admin/films/drive/translations/ar",
  "/en/admin/films/drive/history",
  "/en/admin/trash",
  "/en/admin/accounts",
  "/en/admin/profile",
  "/en/admin/films/new",
  "/en/admin/genres",
  "/ar/admin/award-bodies",
  "/en/admin/award-bodies/cannes",
  "/en/admin/people",
  "/en/admin/people/ryan-gosling",
  "/ja/admin/queue/ja",
];

function ensureJava() {
  if (commandPath("java")) return;
  console.log("No Java for the Nu HTML checker: installing default-jre-headless from apt...");
  const asRoot = process.getuid?.() === 0;
  execFileSync(asRoot ? "apt-get" : "sudo", [...(asRoot ? [] : ["apt-get"]), "install", "-y", "default-jre-headless"], { stdio: "inherit" });
}

async function startServer() {
  await prepareDatabase(env, { forceSeed: true });
  ensureBuild(env);
  const server = spawn(process.execPath, ["scripts/serve.mjs"], { cwd: root, env: serverEnv(env), stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => server.stdout!.on("data", (chunk) => String(chunk).includes("Ready") && resolve()));
  return server;
}

type LighthouseResult = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { id: string; score: number | null; scoreDisplayMode: string }>;
};

/**
 * Lighthouse's own command line, one Chromium per run: its page-side code is
 * serialised into the browser, which the TypeScript loader running this file
 * would otherwise rewrite (esbuild's __name helper), failing every audit.
 */
function lighthouseRun(url: string, device: "mobile" | "desktop", chromePath: string | undefined): LighthouseResult {
  const args = [url, "--output=json", "--output-path=stdout", "--quiet", "--chrome-flags=--headless=new --no-sandbox --disable-gpu"];
  if (device === "desktop") args.push("--preset=desktop");
  const output = execFileSync(path.join(root, "node_modules", ".bin", "lighthouse"), args, {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) },
  });
  return JSON.parse(output) as LighthouseResult;
}

async function runLighthouse() {
  const chromePath = chromium.resolveChromium();
  if (chromePath === null) throw new Error(chromium.CHROMIUM_HELP);
  const rows: Record<string, string>[] = [];
  for (const template of LIGHTHOUSE_PAGES) {
    for (const locale of ["en", "ar"]) {
      const url = `${origin}${template.replace("{l}", locale)}`;
      await fetch(url); // rendered and cached once, as readers find it
      for (const device of ["mobile", "desktop"] as const) {
        const { categories, audits } = lighthouseRun(url, device, chromePath);
        const score = (key: string) => String(Math.round((categories[key]?.score ?? 0) * 100));
        const failing = Object.values(audits)
          .filter(
            (audit) => audit.score !== null && audit.score < 0.9 && !["informative", "manual", "notApplicable"].includes(audit.scoreDisplayMode),
          )
          .map((audit) => audit.id);
        rows.push({
          page: url.slice(origin.length),
          device,
          performance: score("performance"),
          accessibility: score("accessibility"),
          "best practices": score("best-practices"),
          seo: score("seo"),
          "below 90": failing.slice(0, 4).join(", ") || "—",
        });
        console.log(`lighthouse ${device} ${url}`);
      }
    }
  }
  return rows;
}

async function runNu() {
  ensureJava();
  const cookie = await signInCookie(origin);
  const pagesDir = path.join(dir, "pages");
  fs.mkdirSync(pagesDir);
  const files: { page: string; file: string }[] = [];
  for (const [index, page] of [...NU_PAGES, ...NU_ADMIN_PAGES].entries()) {
    const admin = NU_ADMIN_PAGES.includes(page);
    const response = await fetch(`${origin}${page}`, { headers: admin ? { cookie } : {} });
    const file = path.join(pagesDir, `${index}.html`);
    fs.writeFileSync(file, await response.text());
    files.push({ page: `${page} (${response.status})`, file });
  }
  const checked = spawnSync("java", ["-jar", String(vnuJar), "--format", "json", "--exit-zero-always", ...files.map((f) => f.file)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  // vnu writes its JSON report to stderr.
  const report = JSON.parse(checked.stderr) as { messages: { url: string; type: string; subType?: string; message: string }[] };
  return files.map(({ page, file }) => {
    const messages = report.messages.filter((m) => m.url.endsWith(`/${path.basename(file)}`));
    const errors = messages.filter((m) => m.type === "error");
    const warnings = messages.filter((m) => m.type === "info" && m.subType === "warning");
    return { page, errors: String(errors.length), warnings: String(warnings.length), first: (errors[0] ?? warnings[0])?.message.slice(0, 90) ?? "—" };
  });
}

function printTable(title: string, rows: Record<string, string>[]) {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  console.log(`\n### ${title}\n\n| ${columns.join(" | ")} |\n|${columns.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${columns.map((c) => row[c]).join(" | ")} |`);
}

async function main() {
  const server = await startServer();
  try {
    const flag = process.argv.indexOf("--only");
    const only = flag === -1 ? undefined : process.argv[flag + 1];
    const nu = only === "lighthouse" ? [] : await runNu();
    const lighthouseRows = only === "nu" ? [] : await runLighthouse();
    printTable("Lighthouse (0-100)", lighthouseRows);
    printTable("Nu HTML checker", nu);
  } finally {
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
