// What a server that has been serving for a while has done: rendered a few
// hundred pages of every kind. Until then V8 runs the render code unoptimised
// (it compiles a function with its optimising tier only after many calls),
// so the first pages after a start cost more than the thousandth. The scale
// benchmark measures both: its "server just started" row before this warm-up,
// and its cold-page rows after it, on pages this warm-up never asked for.
import type { Get } from "./measure";

const locales = ["en", "ja", "fr", "ar"];

/**
 * `count` review pages spread over the catalog, none in `measured`. The demo's
 * six films have four pages each: there, `offset` picks another locale of each.
 */
export function reviewPaths(slugs: readonly string[], films: number, count: number, offset: number, measured: ReadonlySet<string>): string[] {
  if (films === 6) return slugs.map((slug, i) => `/${locales[(i + offset) % 4]}/reviews/${slug}`).filter((p) => !measured.has(p));
  const paths: string[] = [];
  for (let i = 0; paths.length < count && i < count * 2; i++) {
    const path = `/${locales[(i + offset) % 4]}/reviews/film-${Math.floor(((i + 1) * films) / (count + 1)) + offset}`;
    if (!measured.has(path)) paths.push(path);
  }
  return paths;
}

/**
 * Renders `reviews` and a spread of listing, search and admin pages, none of
 * which the benchmark measures afterwards; returns how many were requested.
 */
export async function warmUp(get: Get, admin: Get, reviews: readonly string[], films: number, measured: ReadonlySet<string>): Promise<number> {
  const genres = [...new Set([...(await get("/en/genres")).body.matchAll(/href="\/en\/genres\/([^"/?#]+)"/g)].map((m) => m[1]!))];
  const years = [...new Set([...(await get("/en/years")).body.matchAll(/href="\/en\/years\/(\d{4})"/g)].map((m) => m[1]!))];
  const listings = [
    ...[4, 5, 6, 7, 8, 9].filter((page) => page * 12 < films).map((page, i) => `/${locales[i % 4]}/page/${page}`),
    ...genres.slice(0, 12).map((genre, i) => `/${locales[(i + 1) % 4]}/genres/${genre}`),
    ...years.slice(0, 12).map((year, i) => `/${locales[(i + 2) % 4]}/years/${year}`),
  ].filter((path) => !measured.has(path));
  const searches = ["night", "city", "love", "war", "winter", "station", "夏", "海", "家族", "写真"].map(
    (q, i) => `/${i < 6 ? "en" : "ja"}/search?q=${encodeURIComponent(q)}`,
  );
  const adminPages = [3, 4, 5, 6, 7, 8]
    .map((page) => `/en/admin?page=${page}`)
    .concat(["draft", "published", "scheduled", "outdated", "missing"].map((status) => `/en/admin?status=${status}&locale=fr`));
  // People credited on these reviews, in the reviews' own locales; the
  // benchmark measures people pages in English only.
  const people = new Set<string>();
  for (const path of reviews) {
    const link = (await get(path)).body.match(/href="(\/(?:ja|fr|ar)\/people\/[^"/?#]+)"/);
    if (link && people.size < 12) people.add(link[1]!);
  }
  for (const path of [...people, ...listings, ...searches]) await get(path);
  for (const path of adminPages) await admin(path);
  return reviews.length + people.size + listings.length + searches.length + adminPages.length + 2;
}
