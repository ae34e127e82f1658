// Sitemap size and split, measured on a synthetic catalog far larger than the
// demo: `npx tsx scripts/bench/sitemap.ts [films]` (default 30000). Pure
// functions only, so no database is needed; the numbers are what matter:
// every file must stay under the protocol's 50,000 URLs and 50 MB.
import { performance } from "node:perf_hooks";
import type { Catalog, CatalogFilm } from "@/lib/catalog";
import { byFirstPublished } from "@/lib/catalog";
import { sitemapChunks, sitemapEntries, urlsetXml, URLS_PER_SITEMAP } from "@/lib/seo/sitemap";
import type { Locale } from "@/i18n/routing";

const count = Number(process.argv[2] ?? 30_000);
const all: Locale[] = ["en", "ja", "fr", "ar"];
const films: CatalogFilm[] = Array.from({ length: count }, (_, i) => {
  // Every film in English; three in four in Japanese and French; half in Arabic.
  const locales = all.filter((l, n) => n === 0 || i % (n + 1) !== 0);
  const date = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000);
  return {
    slug: `film-${i}`,
    year: 1920 + (i % 105),
    sourceLocale: "en",
    genres: [`genre-${i % 24}`, `genre-${(i * 7) % 24}`],
    people: Array.from({ length: 8 }, (_, k) => `person-${(i * 13 + k * 101) % (count * 2)}`),
    published: Object.fromEntries(locales.map((l) => [l, date])),
    locales,
    firstPublished: date,
  };
});
const catalog: Catalog = { films: films.sort(byFirstPublished) };

const started = performance.now();
const entries = sitemapEntries(catalog, new URL("https://marquee.example"));
const chunks = sitemapChunks(entries);
const sizes = chunks.map((chunk) => Buffer.byteLength(urlsetXml(chunk)));
const elapsed = performance.now() - started;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(`films: ${count}`);
console.log(`sitemap URLs: ${entries.length} in ${chunks.length} files of at most ${URLS_PER_SITEMAP}`);
console.log(`largest file: ${Math.max(...chunks.map((c) => c.length))} URLs, ${mb(Math.max(...sizes))} MB (limit 50,000 URLs, 50 MB)`);
console.log(`all files: ${mb(sizes.reduce((a, b) => a + b, 0))} MB, built in ${(elapsed / 1000).toFixed(1)} s`);
