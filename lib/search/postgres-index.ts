import pg from "pg";
import { gramText, isGramScript } from "./grams";
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
//   word prefix (FTS5 unicode61): LIKE on `words`, the text as space-separated
//   tokens with Japanese written out as its characters and pairs
//   (lib/search/grams.ts), so '% 監督 %' and '% up%' are trigram lookups too.
// The database must be UTF-8 with a UTF-8 ctype, or trigrams of Japanese and
// Arabic are empty (checked at start by scripts/lib/database.mjs).

const SCHEMA_VERSION = 1;
const SCHEMA = "marquee_search";
const ALL_TEXT = `(title_f || E'\\n' || people_f || E'\\n' || body_f)`;

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

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

async function migrate(pool: pg.Pool): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // One process migrates; the others wait here and then find it done.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('marquee_search'))");
    await client.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${SCHEMA}.meta (version integer NOT NULL)`);
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${SCHEMA}.meta`);
    if (rows[0]?.version === SCHEMA_VERSION) {
      await client.query("COMMIT");
      return false;
    }
    await client.query(`
      DROP TABLE IF EXISTS ${SCHEMA}.doc;
      CREATE TABLE ${SCHEMA}.doc (
        id bigserial PRIMARY KEY, translation_id text NOT NULL UNIQUE, film_id text NOT NULL, film_slug text NOT NULL,
        locale text NOT NULL, source_locale text NOT NULL, published_at bigint NOT NULL,
        title_f text NOT NULL, people_f text NOT NULL, body_f text NOT NULL, words text NOT NULL, body text NOT NULL
      );
      CREATE INDEX doc_film ON ${SCHEMA}.doc (film_id, published_at);
      CREATE INDEX doc_text ON ${SCHEMA}.doc USING gin (${ALL_TEXT} gin_trgm_ops);
      CREATE INDEX doc_words ON ${SCHEMA}.doc USING gin (words gin_trgm_ops);
      DELETE FROM ${SCHEMA}.meta;
      INSERT INTO ${SCHEMA}.meta (version) VALUES (${SCHEMA_VERSION});
    `);
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export async function openPostgresIndex(url: string): Promise<SearchIndex> {
  // A small pool of its own: searches are short, and saves write one batch at a time.
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000 });
  pool.on("error", () => undefined); // an idle connection lost with the server; the next query reconnects
  const created = await migrate(pool);

  return {
    created,
    async replaceFilmDocs(films) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (const [filmId, docs] of films) {
          await client.query(`DELETE FROM ${SCHEMA}.doc WHERE film_id = $1`, [filmId]);
          for (const doc of docs) {
            await client.query(
              `INSERT INTO ${SCHEMA}.doc (translation_id, film_id, film_slug, locale, source_locale, published_at, title_f, people_f, body_f, words, body)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
              [...documentKey(doc), fold(doc.title), fold(doc.people), fold(doc.body), words(allText(doc)), doc.body],
            );
          }
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async candidates(query, now, limit) {
      const params: unknown[] = [now];
      const param = (value: unknown) => `$${params.push(value)}`;
      const where = [`published_at <= $1`];
      const rank: string[] = [];
      for (const term of query.long) {
        const p = param(`%${likeEscape(fold(term))}%`);
        where.push(`${ALL_TEXT} LIKE ${p}`);
        rank.push(`(title_f LIKE ${p})::int * 10 + (people_f LIKE ${p})::int * 4 + (body_f LIKE ${p})::int`);
      }
      for (const term of query.short) {
        const folded = likeEscape(fold(term));
        where.push(`words LIKE ${param(isGramScript(term) ? `% ${folded} %` : `% ${folded}%`)}`);
        if (query.long.length) continue;
        const p = param(`%${folded}%`);
        rank.push(`(title_f LIKE ${p})::int * 10 + (people_f LIKE ${p})::int * 4`);
      }
      const { rows } = await pool.query<Candidate & { id: string }>(
        `SELECT id, film_id AS "filmId", film_slug AS "filmSlug", locale, source_locale AS "sourceLocale"
         FROM ${SCHEMA}.doc WHERE ${where.join(" AND ")}
         ORDER BY ${rank.length ? rank.join(" + ") : "0"} DESC, published_at DESC LIMIT ${Math.trunc(limit)}`,
        params,
      );
      return rows.map((row) => ({ ...row, id: Number(row.id) }));
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
    async snippet(query, id) {
      const { rows } = await pool.query<{ body: string }>(`SELECT body FROM ${SCHEMA}.doc WHERE id = $1`, [id]);
      return snippetAround(rows[0]?.body ?? "", query.terms);
    },
    async close() {
      await pool.end();
    },
  };
}
