import { resolveTextLocale } from "@/lib/locales";
import { reviewSummaries, type ReviewSummary } from "@/lib/reviews";
import type { Locale } from "@/i18n/routing";
import { snippetAround, type ParsedQuery } from "./query";
import { searchStore } from "./store";

export const RESULTS_PER_PAGE = 10;
/** Matching translations considered per search; far more than anyone pages through. */
const CANDIDATES = 500;

type Row = { id: number; filmId: string; filmSlug: string; locale: string; sourceLocale: string; rank: number };

// bm25 weights follow the column order (title, people, body): a title hit
// outranks a name, which outranks a word in the text.
const RANK = "bm25(entry, 10.0, 4.0, 1.0)";
const SNIPPET = "snippet(entry, 2, char(57344), char(57345), '…', 64)";

export type SearchResult = ReviewSummary & { snippet: string };

function candidates(query: ParsedQuery, now: number): Row[] {
  const { db } = searchStore();
  const gramFilter = "doc.id IN (SELECT rowid FROM gram WHERE gram MATCH ?)";
  const sql = query.match
    ? `SELECT doc.*, ${RANK} AS rank FROM entry JOIN doc ON doc.id = entry.rowid
       WHERE entry MATCH ? AND doc.publishedAt <= ? ${query.grams ? `AND ${gramFilter}` : ""}
       ORDER BY rank, doc.publishedAt DESC LIMIT ${CANDIDATES}`
    : `SELECT doc.*, bm25(gram) AS rank FROM gram JOIN doc ON doc.id = gram.rowid
       WHERE gram MATCH ? AND doc.publishedAt <= ?
       ORDER BY rank, doc.publishedAt DESC LIMIT ${CANDIDATES}`;
  const params = query.match ? [query.match, now, ...(query.grams ? [query.grams] : [])] : [query.grams, now];
  return db.prepare(sql).all(...params) as Row[];
}

function snippetOf(query: ParsedQuery, id: number): string {
  const { db } = searchStore();
  if (query.match) {
    const row = db.prepare(`SELECT ${SNIPPET} AS snippet FROM entry WHERE entry MATCH ? AND rowid = ?`).get(query.match, id) as
      { snippet: string } | undefined;
    if (row?.snippet) return row.snippet;
  }
  const body = db.prepare("SELECT body FROM entry WHERE rowid = ?").get(id) as { body: string } | undefined;
  return snippetAround(body?.body ?? "", query.terms);
}

/**
 * Reviews matching `query` for a reader of `locale`. Every published
 * translation is searched, but a film counts only through the text the reader
 * would be shown (their language, else the fallback), so results, snippets
 * and ranking are all in the language on the page.
 */
export async function searchReviews(query: ParsedQuery, locale: Locale, page: number) {
  const now = Date.now();
  const rows = candidates(query, now);
  const liveLocales = searchStore().db.prepare("SELECT locale FROM doc WHERE filmId = ? AND publishedAt <= ?");
  const shown = new Map<string, string | undefined>();
  const best = new Map<string, Row>();
  for (const row of rows) {
    if (!shown.has(row.filmId)) {
      const live = (liveLocales.all(row.filmId, now) as { locale: Locale }[]).map((r) => r.locale);
      shown.set(row.filmId, resolveTextLocale(live, locale, row.sourceLocale)?.locale);
    }
    if (shown.get(row.filmId) === row.locale && !best.has(row.filmId)) best.set(row.filmId, row);
  }
  const matches = [...best.values()];
  const slice = matches.slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE);
  const summaries = await reviewSummaries(
    slice.map((row) => row.filmSlug),
    locale,
  );
  const snippets = new Map(slice.map((row) => [row.filmSlug, snippetOf(query, row.id)]));
  const results: SearchResult[] = summaries.map((summary) => ({ ...summary, snippet: snippets.get(summary.slug) ?? "" }));
  return { results, total: matches.length, pages: Math.max(1, Math.ceil(matches.length / RESULTS_PER_PAGE)) };
}
