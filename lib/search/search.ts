import { resolveTextLocale } from "@/lib/locales";
import { reviewSummaries, type ReviewSummary } from "@/lib/reviews";
import type { Locale } from "@/i18n/routing";
import type { ParsedQuery } from "./query";
import { searchIndex } from "./store";
import type { Candidate } from "./index-types";

export const RESULTS_PER_PAGE = 10;
/** Matching translations considered per search; far more than anyone pages through. */
const CANDIDATES = 500;

export type SearchResult = ReviewSummary & { snippet: string };

/**
 * Reviews matching `query` for a reader of `locale`. Every published
 * translation is searched, but a film counts only through the text the reader
 * would be shown (their language, else the fallback), so results, snippets
 * and ranking are all in the language on the page.
 */
export async function searchReviews(query: ParsedQuery, locale: Locale, page: number) {
  const now = Date.now();
  const index = await searchIndex();
  const rows = await index.candidates(query, now, CANDIDATES, locale);
  const live = await index.liveLocales([...new Set(rows.map((row) => row.filmId))], now);
  const shown = new Map<string, string | undefined>();
  const best = new Map<string, Candidate>();
  for (const row of rows) {
    if (!shown.has(row.filmId)) {
      shown.set(row.filmId, resolveTextLocale((live.get(row.filmId) ?? []) as Locale[], locale, row.sourceLocale)?.locale);
    }
    if (shown.get(row.filmId) === row.locale && !best.has(row.filmId)) best.set(row.filmId, row);
  }
  const matches = [...best.values()];
  const slice = matches.slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE);
  const summaries = await reviewSummaries(
    slice.map((row) => row.filmSlug),
    locale,
  );
  const snippets = await index.snippets(
    query,
    slice.map((row) => row.id),
  );
  const entryOf = new Map(slice.map((row) => [row.filmSlug, row.id]));
  const results: SearchResult[] = summaries.map((summary) => ({ ...summary, snippet: snippets.get(entryOf.get(summary.slug)!) ?? "" }));
  return { results, total: matches.length, pages: Math.max(1, Math.ceil(matches.length / RESULTS_PER_PAGE)) };
}
