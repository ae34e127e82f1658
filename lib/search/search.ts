import { loadCatalog } from "@/lib/catalog";
import { resolveTextLocale } from "@/lib/locales";
import { reviewSummaries, type ReviewSummary } from "@/lib/reviews";
import type { Locale } from "@/i18n/routing";
import { searchIndex } from "./index";
import { snippetAround, type ParsedQuery } from "./query";

export const RESULTS_PER_PAGE = 10;
/** Matching translations considered per search; far more than anyone pages through. */
const CANDIDATES = 500;

type Row = { filmSlug: string; locale: string; rank: number; snippet: string; body: string };

// bm25 weights follow the column order: five UNINDEXED columns, then title,
// people and body. A title hit outranks a name, which outranks a word in the text.
const RANK = "bm25(entry, 0, 0, 0, 0, 0, 10.0, 4.0, 1.0)";
const SNIPPET = "snippet(entry, 7, char(57344), char(57345), '…', 64)";

export type SearchResult = ReviewSummary & { snippet: string };

/**
 * Reviews matching `query` for a reader of `locale`. Every published
 * translation is searched, but a film counts only through the text the reader
 * would be shown (their language, else the fallback), so results, snippets
 * and ranking are all in the language on the page.
 */
export async function searchReviews(query: ParsedQuery, locale: Locale, page: number) {
  const index = await searchIndex();
  const now = Date.now();
  const likeClauses = query.likes.map(() => "(title || ' ' || people || ' ' || body) LIKE ? ESCAPE '\\'");
  const where = [query.match ? "entry MATCH ?" : null, "publishedAt <= ?", ...likeClauses].filter(Boolean).join(" AND ");
  const rank = query.match ? RANK : "0";
  const snippet = query.match ? SNIPPET : "''";
  const rows = index
    .prepare(`SELECT filmSlug, locale, ${rank} AS rank, ${snippet} AS snippet, body FROM entry WHERE ${where} ORDER BY rank, publishedAt DESC LIMIT ${CANDIDATES}`)
    .all(...(query.match ? [query.match] : []), now, ...query.likes) as Row[];

  const catalog = await loadCatalog();
  const shown = new Map(
    catalog.films.map((f) => [f.slug, resolveTextLocale(f.locales, locale, f.sourceLocale)?.locale]),
  );
  const best = new Map<string, Row>();
  for (const row of rows) {
    if (shown.get(row.filmSlug) === row.locale && !best.has(row.filmSlug)) best.set(row.filmSlug, row);
  }
  const matches = [...best.values()];
  const slice = matches.slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE);
  const summaries = await reviewSummaries(
    slice.map((row) => row.filmSlug),
    locale,
  );
  const snippets = new Map(slice.map((row) => [row.filmSlug, row.snippet || snippetAround(row.body, query.terms)]));
  const results: SearchResult[] = summaries.map((summary) => ({ ...summary, snippet: snippets.get(summary.slug) ?? "" }));
  return { results, total: matches.length, pages: Math.max(1, Math.ceil(matches.length / RESULTS_PER_PAGE)) };
}
