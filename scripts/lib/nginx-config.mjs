// Fills in deploy/nginx/marquee.conf.template and wraps it in a standalone
// nginx.conf that runs unprivileged from a temp folder: what `npm run cluster`
// and the topology tests start. A real server includes the filled-in template
// from its own nginx.conf instead (README, "Deployment").

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { commandPath, waitForPort } from "./processes.mjs";

const TEMPLATE = path.join(import.meta.dirname, "..", "..", "deploy", "nginx", "marquee.conf.template");
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";

export const NGINX_HELP = "nginx is not installed. Install it with: sudo apt-get install -y nginx (and libnginx-mod-http-brotli-filter for brotli).";

export function nginxBinary() {
  // /usr/sbin is not on every user's PATH.
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  return commandPath("nginx");
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

/**
 * Runs nginx in the foreground from `dir` with `site` (one or more server
 * blocks) as its only configuration; resolves once it listens on `listen`.
 */
async function runNginx({ dir, listen, site, brotli = false }) {
  const binary = nginxBinary();
  if (!binary) throw new Error(NGINX_HELP);
  fs.mkdirSync(path.join(dir, "temp"), { recursive: true });
  fs.writeFileSync(path.join(dir, "site.conf"), site);
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
    `  include ${path.join(dir, "site.conf")};`,
    "}",
  ].join("\n");
  const config = path.join(dir, "nginx.conf");
  fs.writeFileSync(config, main);
  const check = spawnSync(binary, ["-t", "-p", dir, "-c", config], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx refused its configuration:\n${check.stderr}`);
  const child = spawn(binary, ["-p", dir, "-c", config, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  await waitForPort(listen, child, `nginx (see ${path.join(dir, "error.log")})`);
  return child;
}

/** The front: the filled-in template for these instances. */
export async function startNginx({ dir, listen, upstreams, refreshKey }) {
  const cacheDir = path.join(dir, "cache");
  fs.mkdirSync(cacheDir, { recursive: true });
  const brotli = fs.existsSync(BROTLI_MODULE);
  return runNginx({ dir, listen, brotli, site: renderSiteConfig({ listen, upstreams, cacheDir, refreshKey, brotli }) });
}

/** nginx serving the files under `root` as they are: the benchmark's ceiling for a caching front. */
export function startStaticNginx({ dir, listen, root }) {
  return runNginx({ dir, listen, site: `server { listen ${listen}; root ${root}; default_type text/html; location / { try_files $uri =404; } }` });
}
