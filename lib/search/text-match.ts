import { gramText, isGramScript } from "./grams";
import type { ParsedQuery } from "./query";

// How both indexes compare text, written out once: the PostgreSQL index
// stores and queries text in these forms (lib/search/postgres-index.ts), and
// the SQLite index ranks a search's few matches with them in JavaScript
// (lib/search/sqlite-index.ts), as FTS5 matched them.

/** Lower case without Latin accents: what FTS5's trigram tokenizer compares. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}

/** Space-separated tokens, each gram-script run written out as characters and pairs: what FTS5's gram table holds. */
export function words(text: string): string {
  return ` ${fold(gramText(text))
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, " ")
    .trim()} `;
}

/** A short term's tokens: each must be a whole token in scripts without spaces (監督), else begin one (up finds upon). */
export function shortTermTokens(term: string): { tokens: string[]; prefix: boolean } {
  return { tokens: words(term).trim().split(" ").filter(Boolean), prefix: !isGramScript(term) };
}

/**
 * Where each match of `query` ranks: 2 when every term is in the title, 1
 * when each is in the title or the names, else 0 (in the text). Search
 * results come in these tiers, the newest first within each. The terms are
 * prepared once per search; each match costs folding its title and names.
 */
export function matchTiers(query: ParsedQuery): (title: string, people: string) => number {
  const long = query.long.map(fold);
  const short = query.short.map(shortTermTokens).map(({ tokens, prefix }) => tokens.map((t) => (prefix ? ` ${t}` : ` ${t} `)));
  // Every term in one of `texts` (folded for the long terms, as tokens for the short ones).
  const holdsAll = (folded: string[], tokens: string[]) =>
    long.every((term) => folded.some((text) => text.includes(term))) &&
    short.every((wanted) => wanted.length > 0 && wanted.every((t) => tokens.some((text) => text.includes(t))));
  return (title, people) => {
    const folded = [fold(title), fold(people)];
    const tokens = short.length ? [words(title), words(people)] : [];
    if (holdsAll(folded.slice(0, 1), tokens.slice(0, 1))) return 2;
    return holdsAll(folded, tokens) ? 1 : 0;
  };
}
