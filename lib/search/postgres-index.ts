import pg from "pg";
import { isGramScript } from "./grams";
import { fold, shortTermTokens, words } from "./text-match";
import { snippetAround } from "./query";
import type { Candidate, SearchIndex } from "./index-types";
import { allText, documentKey } from "./documents";

// The search index on PostgreSQL: pg_trgm GIN indexes over folded text, in a
// schema of its own (marquee_search) that the app makes and migrates, as it
// does the FTS5 file on SQLite. Prisma only manages `public`, so it never sees
// (or drops) these tables. It finds what the FTS5 index finds:
// - terms of three or more characters match by substring, case and Latin
//   accents aside (FTS5 trigram, remove_diacritics): LIKE on the folded title,
//   names and text, which the trigram index answers;
// - shorter terms match a whole gram in scripts without spaces (監督), else a
//   word prefix (FTS5 unicode61): a tsvector of the text as tokens, Japanese
//   written out as its characters and pairs (lib/search/grams.ts), so 監督 is
//   one exact lexeme and up a prefix (up:*), answered by a GIN index with no
//   recheck of the text.
// The database must be UTF-8 with a UTF-8 ctype, or trigrams of Japanese and
// Arabic are empty (checked at start by scripts/lib/database.mjs).

const SCHEMA_VERSION = 4;
const SCHEMA = "marquee_search";
/** Title and names: what a top-ranked match is found in. */
const HEAD_TEXT = `(title_f || E'\\n' || people_f)`;
/**
 * Indexes added in version 4, which kept the documents: the text on its own
 * (a match in a title or name is then never checked against the body, which
 * is stored apart and costs a read per row), and each film's entries by locale
 * (whether a film is published in the reader's language).
 */
const VERSION_4_INDEXES = `
  CREATE INDEX IF NOT EXISTS doc_body ON ${SCHEMA}.doc USING gin (body_f gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS doc_film_locale ON ${SCHEMA}.doc (film_id, locale, published_at);
  DROP INDEX IF EXISTS ${SCHEMA}.doc_text;`;

/**
 * A short term as a tsquery over `words`: the exact gram in scripts without
 * spaces (監督), else a word prefix (up → up:*), each token quoted, so nothing
 * typed is tsquery syntax. A term with no letters or digits matches nothing.
 */
export function wordQuery(term: string): string {
  const { tokens, prefix } = shortTermTokens(term);
  if (!tokens.length) return "'\uE000'"; // a token no text holds (MARK_START is stripped from indexed text)
  const suffix = prefix ? ":*" : "";
  return tokens.map((t) => `'${t.replace(/['\\]/g, (c) => `\\${c}`)}'${suffix}`).join(" & ");
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Runs `work` in one transaction on one pooled connection: committed if it returns, rolled back if it throws. */
async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function migrate(pool: pg.Pool): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    // One process migrates; the others wait here and then find it done.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('marquee_search'))");
    await client.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${SCHEMA}.meta (version integer NOT NULL)`);
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${SCHEMA}.meta`);
    if (rows[0]?.version === SCHEMA_VERSION) return false;
    if (rows[0]?.version === 3) {
      // Indexes only: built over the existing documents, nothing is queued again.
      await client.query(`${VERSION_4_INDEXES} UPDATE ${SCHEMA}.meta SET version = ${SCHEMA_VERSION};`);
      return false;
    }
    await client.query(`
      DROP TABLE IF EXISTS ${SCHEMA}.doc;
      CREATE TABLE ${SCHEMA}.doc (
        id bigserial PRIMARY KEY, translation_id text NOT NULL UNIQUE, film_id text NOT NULL, film_slug text NOT NULL,
        locale text NOT NULL, source_locale text NOT NULL, published_at bigint NOT NULL,
        title_f text NOT NULL, people_f text NOT NULL, body_f text NOT NULL,
        head_words tsvector NOT NULL, words tsvector NOT NULL, body text NOT NULL
      );
      CREATE INDEX doc_film ON ${SCHEMA}.doc (film_id, published_at);
      CREATE INDEX doc_published ON ${SCHEMA}.doc (published_at DESC);
      CREATE INDEX doc_head ON ${SCHEMA}.doc USING gin (${HEAD_TEXT} gin_trgm_ops);
      ${VERSION_4_INDEXES}
      CREATE INDEX doc_head_words ON ${SCHEMA}.doc USING gin (head_words);
      CREATE INDEX doc_words ON ${SCHEMA}.doc USING gin (words);
      DELETE FROM ${SCHEMA}.meta;
      INSERT INTO ${SCHEMA}.meta (version) VALUES (${SCHEMA_VERSION});
    `);
    return true;
  });
}

export async function openPostgresIndex(url: string): Promise<SearchIndex> {
  // A small pool of its own: searches are short, and saves write one batch at a time.
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000 });
  pool.on("error", () => undefined); // an idle connection lost with the server; the next query reconnects
  const created = await migrate(pool);

  return {
    created,
    async replaceFilmDocs(films) {
      await inTransaction(pool, async (client) => {
        // Two drains can index the same film at once (each save drains after its
        // answer): a lock per film, taken in one order, makes the second wait for
        // the first's commit instead of colliding on translation_id.
        for (const [filmId, docs] of [...films].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
          await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [filmId]);
          await client.query(`DELETE FROM ${SCHEMA}.doc WHERE film_id = $1`, [filmId]);
          for (const doc of docs) {
            await client.query(
              `INSERT INTO ${SCHEMA}.doc (translation_id, film_id, film_slug, locale, source_locale, published_at,
                 title_f, people_f, body_f, head_words, words, body)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, to_tsvector('simple', $10), to_tsvector('simple', $11), $12)`,
              [
                ...documentKey(doc),
                fold(doc.title),
                fold(doc.people),
                fold(doc.body),
                words(`${doc.title} ${doc.people}`),
                words(allText(doc)),
                doc.body,
              ],
            );
          }
        }
      });
    },
    async candidates(query, now, limit, locale) {
      const params: unknown[] = [now];
      const param = (value: unknown) => `$${params.push(value)}`;
      const reader = param(locale);
      const shown = `published_at <= $1 AND (locale = ${reader} OR NOT EXISTS (SELECT 1 FROM ${SCHEMA}.doc AS own
        WHERE own.film_id = doc.film_id AND own.locale = ${reader} AND own.published_at <= $1))`;
      // Each term, as a condition on the title (`title`), on the title and
      // names (`head`), and on all the text (in the head or the body).
      const title: string[] = [];
      const head: string[] = [];
      const all: string[] = []; // the long terms' conditions first, then the short ones' (newestGrams splits them)
      for (const term of query.long) {
        const p = param(`%${likeEscape(fold(term))}%`);
        title.push(`title_f LIKE ${p}`);
        head.push(`${HEAD_TEXT} LIKE ${p}`);
        all.push(`(${HEAD_TEXT} LIKE ${p} OR body_f LIKE ${p})`);
      }
      for (const term of query.short) {
        const p = param(wordQuery(term));
        // In the title by substring: close to the word prefix FTS5 looks for, at no index cost.
        title.push(`title_f LIKE ${param(`%${likeEscape(fold(term))}%`)}`);
        head.push(`head_words @@ to_tsquery('simple', ${p})`);
        all.push(`words @@ to_tsquery('simple', ${p})`);
      }
      // The three tiers the SQLite index ranks by too (lib/search/sqlite-index.ts):
      // every term in the title, in the title and names, anywhere; then newest.
      const rank = `CASE WHEN ${title.join(" AND ")} THEN 2 WHEN ${head.join(" AND ")} THEN 1 ELSE 0 END`;
      const columns = `id, film_id AS "filmId", film_slug AS "filmSlug", locale, source_locale AS "sourceLocale", published_at`;
      const fields = "id, film_id, film_slug, locale, source_locale, published_at, title_f, people_f, body_f, head_words";
      const n = Math.trunc(limit);
      // Two bounded steps instead of ranking every match, which for a common
      // word means reading the text of most of the catalog:
      // - the best matches in titles and names, ranked (the title first): a
      //   lookup in a small index. Each has a rank above 0, so when there are
      //   `limit` of them, no match in the text alone could make the list;
      // - only when there are fewer, the newest matches anywhere in the text.
      // Together they hold at least `limit` distinct matches whenever there are
      // that many, best first. (Tried and dropped: looking among the newest
      // 2,000 entries first. It helped common words and cost every rare one a
      // 70 ms scan at 10,000 films.)
      const best = `SELECT ${columns}, ${rank} AS rank FROM ${SCHEMA}.doc
        WHERE ${shown} AND ${head.join(" AND ")} ORDER BY rank DESC, published_at DESC LIMIT ${n}`;
      // Its rank is computed too (a match in the text alone ranks 0), as every parameter must appear in each statement.
      const newest = `SELECT ${columns}, ${rank} AS rank FROM ${SCHEMA}.doc
        WHERE ${shown} AND ${all.join(" AND ")} ORDER BY published_at DESC LIMIT ${n}`;
      // A long term in a script without spaces (運転手) is common in the text:
      // its trigram is in 7,800 of 10,000 Japanese entries, and checking each
      // one's text against the LIKE took 190 ms. Its characters and pairs are
      // tokens in `words`, which the GIN index answers with no check of the
      // text; so the entries holding them all are sorted newest first, and the
      // LIKE is checked only down that list until the limit is met (30 ms).
      // OFFSET 0 keeps the LIKE out of the inner query. Its parameters come
      // after the others, as the first statement must use every one it is given.
      const newestGrams = () => {
        const grams = query.long.filter(isGramScript);
        if (!grams.length) return null;
        const pre = [...grams.map((term) => `words @@ to_tsquery('simple', ${param(wordQuery(term))})`), ...all.slice(query.long.length)];
        return `SELECT ${columns}, ${rank} AS rank FROM (
            SELECT ${fields} FROM ${SCHEMA}.doc
            WHERE ${shown} AND ${pre.join(" AND ")} ORDER BY published_at DESC OFFSET 0
          ) AS doc WHERE ${all.slice(0, query.long.length).join(" AND ")} LIMIT ${n}`;
      };
      type Row = Candidate & { id: string; rank: number; published_at: string };
      const { rows } = await pool.query<Row>(best, params);
      const last = rows.at(-1);
      if (rows.length < n || !(last && last.rank > 0)) rows.push(...(await pool.query<Row>(newestGrams() ?? newest, params)).rows);
      rows.sort((a, b) => b.rank - a.rank || Number(b.published_at) - Number(a.published_at));
      const seen = new Set<string>();
      return rows
        .filter((row) => !seen.has(row.id) && Boolean(seen.add(row.id)))
        .slice(0, n)
        .map(({ id, filmId, filmSlug, locale, sourceLocale }) => ({ id: Number(id), filmId, filmSlug, locale, sourceLocale }));
    },
    async liveLocales(filmIds, now) {
      // One round trip for a search's candidates; the array is bounded by the candidate limit, not the catalog.
      const { rows } = await pool.query<{ film_id: string; locale: string }>(
        `SELECT film_id, locale FROM ${SCHEMA}.doc WHERE film_id = ANY($1::text[]) AND published_at <= $2`,
        [[...filmIds], now],
      );
      const live = new Map(filmIds.map((id) => [id, [] as string[]]));
      for (const row of rows) live.get(row.film_id)?.push(row.locale);
      return live;
    },
    async snippets(query, ids) {
      // One round trip for a page of results (ten ids), not one per result.
      const { rows } = await pool.query<{ id: string; body: string }>(`SELECT id, body FROM ${SCHEMA}.doc WHERE id = ANY($1::bigint[])`, [[...ids]]);
      const bodies = new Map(rows.map((row) => [Number(row.id), row.body]));
      return new Map(ids.map((id) => [id, snippetAround(bodies.get(id) ?? "", query.terms)]));
    },
    async close() {
      await pool.end();
    },
  };
}
