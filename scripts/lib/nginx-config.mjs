// Fills in deploy/nginx/marquee.conf.template and wraps it in a standalone
// nginx.conf that runs unprivileged from a temp folder: what `npm run cluster`
// and the topology tests start. A real server includes the filled-in template
// from its own nginx.conf instead (README, "Deployment").

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const TEMPLATE = path.join(import.meta.dirname, "..", "..", "deploy", "nginx", "marquee.conf.template");
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";

export const NGINX_HELP = "nginx is not installed. Install it with: sudo apt-get install -y nginx (and libnginx-mod-http-brotli-filter for brotli).";

export function nginxBinary() {
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  return spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).stdout.trim() || null;
}

/** The template with its values: the front's port, the instances' addresses, the cache folder. */
export function renderSiteConfig({ listen, upstreams, cacheDir, refreshKey, brotli = fs.existsSync(BROTLI_MODULE) }) {
  // An empty key would let every request without the header skip the cache.
  if (!refreshKey || !/^[A-Za-z0-9_-]{16,}$/.test(refreshKey)) throw new Error("The front's refresh key must be 16+ letters, digits, - or _.");
  const values = {
    MARQUEE_REFRESH_KEY: refreshKey,
    MARQUEE_LISTEN: String(listen),
    // max_fails=1 fail_timeout=5s: a dead instance is skipped for five seconds after one failure.
    MARQUEE_UPSTREAMS: upstreams.map((address) => `    server ${address} max_fails=1 fail_timeout=5s;`).join("\n"),
    MARQUEE_CACHE_DIR: cacheDir,
    MARQUEE_BROTLI: brotli
      ? "    brotli on;\n    brotli_comp_level 5;\n    brotli_types text/css text/plain text/x-component application/javascript application/json application/xml application/rss+xml application/atom+xml application/feed+json image/svg+xml;"
      : "    # brotli: install libnginx-mod-http-brotli-filter to enable it.",
  };
  return fs.readFileSync(TEMPLATE, "utf8").replace(/\$\{(MARQUEE_[A-Z_]+)\}/g, (token, name) => {
    if (!(name in values)) throw new Error(`Unknown value ${token} in ${TEMPLATE}`);
    return values[name];
  });
}

/** Starts nginx in the foreground from `dir`; resolves once it accepts connections on `listen`. */
export async function startNginx({ dir, listen, upstreams, refreshKey }) {
  const binary = nginxBinary();
  if (!binary) throw new Error(NGINX_HELP);
  fs.mkdirSync(path.join(dir, "cache"), { recursive: true });
  fs.mkdirSync(path.join(dir, "temp"), { recursive: true });
  const brotli = fs.existsSync(BROTLI_MODULE);
  fs.writeFileSync(path.join(dir, "marquee.conf"), renderSiteConfig({ listen, upstreams, cacheDir: path.join(dir, "cache"), refreshKey, brotli }));
  const temp = (name) => `${name}_temp_path ${path.join(dir, "temp", name)};`;
  const main = [
    brotli ? `load_module ${BROTLI_MODULE};` : "",
    "worker_processes 2;",
    `pid ${path.join(dir, "nginx.pid")};`,
    `error_log ${path.join(dir, "error.log")} warn;`,
    // Run as whoever started it (root in CI): the temp folder is theirs.
    process.getuid?.() === 0 ? "user root;" : "",
    "events { worker_connections 1024; }",
    "http {",
    "  access_log off;",
    `  ${temp("client_body")} ${temp("proxy")} ${temp("fastcgi")} ${temp("uwsgi")} ${temp("scgi")}`,
    `  include ${path.join(dir, "marquee.conf")};`,
    "}",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "nginx.conf"), main);
  const check = spawnSync(binary, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx refused its configuration:\n${check.stderr}`);
  const child = spawn(binary, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 10_000;
  while (!(await listening(listen))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start (see ${path.join(dir, "error.log")})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return child;
}

async function listening(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual", signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}
