import type { SearchDocument } from "./documents";
import type { ParsedQuery } from "./query";

/** One matching translation: which film, in which language. */
export type Candidate = { id: number; filmId: string; filmSlug: string; locale: string; sourceLocale: string };

/**
 * The search index, whichever database holds it: SQLite FTS5 in a file of its
 * own (lib/search/sqlite-index.ts) or pg_trgm tables in PostgreSQL
 * (lib/search/postgres-index.ts). Both find the same translations for the
 * same query; tests/search-index.test.ts runs one table of cases on each.
 */
export interface SearchIndex {
  /** True when this process made the index empty, so every film must be queued. */
  created: boolean;
  /** Replaces each given film's entries with its documents (none when nothing is published), in one transaction. */
  replaceFilmDocs(films: ReadonlyMap<string, readonly SearchDocument[]>): Promise<void>;
  /**
   * Translations published by `now` that match and that a reader of `locale`
   * may be shown: in that locale, or of a film not published in it (the
   * fallback). Best first: title hits over names over text, then newest.
   * Entries a reader can never be shown must not take the `limit`: at 10,000
   * films, the best 500 matches of a name were all Japanese, and an English
   * search for it found nothing.
   */
  candidates(query: ParsedQuery, now: number, limit: number, locale: string): Promise<Candidate[]>;
  /** For each film (at most a search's candidates), the locales of its translations published by `now`. */
  liveLocales(filmIds: readonly string[], now: number): Promise<Map<string, string[]>>;
  /** For each entry (a page of results), a piece of its text around the first match, the match between MARK_START and MARK_END. */
  snippets(query: ParsedQuery, ids: readonly number[]): Promise<Map<number, string>>;
  close(): Promise<void>;
}
