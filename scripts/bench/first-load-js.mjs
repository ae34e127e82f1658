// Measures the JavaScript a reader downloads on first load of a page: every
// script the server-rendered HTML references, raw and gzip-compressed.
// `noModule` scripts (legacy polyfills) are left out: modern browsers skip them.
// Usage: start the site (npm start), then
//   node scripts/bench/first-load-js.mjs [base URL] [path ...]
import { gzipSync } from "node:zlib";

const base = process.argv[2] || "http://localhost:3000";
const paths = process.argv.slice(3).length ? process.argv.slice(3) : ["/en", "/en/reviews/drive", "/ar/reviews/drive"];

for (const path of paths) {
  const html = await (await fetch(new URL(path, base), { headers: { "Accept-Language": "en" } })).text();
  const sources = [
    ...new Set(
      [...html.matchAll(/<script([^>]*)>/g)]
        .filter((m) => !/\snoModule/i.test(m[1]))
        .map((m) => m[1].match(/src="([^"]+)"/)?.[1])
        .filter(Boolean),
    ),
  ];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1].length, 0);
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`${path}: ${sources.length} scripts, ${kb(raw)} raw, ${kb(gzip)} gzip; inline payload ${kb(inline)}`);
}
