import { isGramScript } from "./grams";
import { fold } from "./text-match";

// Turning what a reader typed into a safe FTS5 query. Nothing they type is
// ever FTS5 syntax: every term becomes a quoted string, so AND, NEAR, *, ^,
// quotes and parentheses are just characters to look for.

/** Longer input is cut here; the page says so. */
export const MAX_QUERY_CHARS = 200;
const MAX_TERMS = 8;
/** The trigram tokenizer needs three characters to use its index. */
const TRIGRAM = 3;

export type ParsedQuery = {
  /** What was searched for, after cutting: shown back to the reader. */
  text: string;
  truncated: boolean;
  /** An FTS5 MATCH expression for terms of three or more characters, or null. */
  match: string | null;
  /** An FTS5 MATCH expression for shorter terms (e.g. 監督) against the gram table (lib/search/grams.ts), or null. */
  grams: string | null;
  /** Both narrowed to the title, whose matches rank first, and to the title and names, which rank next. */
  title: { match: string | null; grams: string | null };
  head: { match: string | null; grams: string | null };
  /** Every term, for highlighting snippets made without FTS5. */
  terms: string[];
  /** Terms of three characters or more (what `match` looks for), and the shorter ones (`grams`). */
  long: string[];
  short: string[];
};

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;
/** A one- or two-character term: the exact gram in scripts without spaces (監督), else a word prefix (“up” finds “Up”, “upon”). */
const gramTerm = (term: string) => (isGramScript(term) ? quote(term) : `${quote(term)}*`);

export function parseQuery(raw: string | string[] | undefined): ParsedQuery | null {
  const input = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  // NFKC folds full-width letters and half-width katakana to their usual forms.
  const normalized = input
    .normalize("NFKC")
    .replace(/[\p{Cc}\p{Cs}\u{E000}-\u{F8FF}]/gu, " ")
    .trim();
  const chars = Array.from(normalized);
  const text = chars.slice(0, MAX_QUERY_CHARS).join("").trim();
  if (!text) return null;
  const terms = [...new Set(text.split(/\s+/u).filter(Boolean))].slice(0, MAX_TERMS);
  const long = terms.filter((t) => Array.from(t).length >= TRIGRAM);
  const short = terms.filter((t) => Array.from(t).length < TRIGRAM);
  const longTerms = long.map(quote).join(" AND ");
  const grams = short.map(gramTerm).join(" AND ");
  const within = (columns: string) => ({
    match: long.length ? `{${columns}} : (${longTerms})` : null,
    grams: short.length ? `{${columns}} : (${grams})` : null,
  });
  return {
    text,
    truncated: chars.length > MAX_QUERY_CHARS,
    match: within("title people body").match,
    grams: short.length ? grams : null,
    title: within("title"),
    head: within("title people"),
    terms,
    long,
    short,
  };
}

/** Markers the index puts around matches in snippets; stripped from indexed text. */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** A snippet made without FTS5 (every one on PostgreSQL, short terms on SQLite): the text around the first match, marked. */
export function snippetAround(text: string, terms: readonly string[], radius = 60): string {
  // Compared as the indexes compare, case and Latin accents aside, so "apres"
  // marks "après". Folding keeps a precomposed letter one code unit, so
  // positions carry over; a text whose length it changes is compared by case alone.
  const folded = fold(text);
  const aligned = folded.length === text.length;
  const lower = aligned ? folded : text.toLocaleLowerCase();
  const hits = terms
    .map((t) => (aligned ? fold(t) : t.toLocaleLowerCase()))
    .map((term) => ({ term, at: lower.indexOf(term) }))
    .filter((h) => h.at >= 0);
  const first = hits.sort((a, b) => a.at - b.at)[0];
  if (!first)
    return (
      Array.from(text)
        .slice(0, radius * 2)
        .join("") + (text.length > radius * 2 ? "…" : "")
    );
  const start = Math.max(0, first.at - radius);
  const end = Math.min(text.length, first.at + first.term.length + radius);
  const before = text.slice(start, first.at);
  const hit = text.slice(first.at, first.at + first.term.length);
  const after = text.slice(first.at + first.term.length, end);
  return `${start > 0 ? "…" : ""}${before}${MARK_START}${hit}${MARK_END}${after}${end < text.length ? "…" : ""}`;
}
