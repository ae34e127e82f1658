import Database from "better-sqlite3";
import { gramText } from "./grams";
import { snippetAround, type ParsedQuery } from "./query";
import type { Candidate, SearchIndex } from "./index-types";
import { documentKey, type SearchDocument } from "./documents";

// The search index on SQLite: FTS5 in a file of its own beside the database.
// - `entry`: trigram tokenizer, so words match by substring in every script,
//   Japanese included, for terms of three characters or more;
// - `gram`: single characters and pairs for shorter terms (lib/search/grams.ts);
// - `doc`: which film, locale and publication time each entry belongs to.
// Why a separate file: Prisma Migrate cannot live with FTS5's shadow tables
// (it would drop them, prisma/orm#8106). It is derived data, made and
// migrated here (PRAGMA user_version), kept current by the writes through the
// SearchQueue table (lib/search/queue.ts), and shared by every process that
// uses the same database file.

// Version 2 gave the gram table the entry table's three columns, so short
// terms, too, are ranked by where they are found.
const SCHEMA_VERSION = 2;

// Both tables have the columns (title, people, body), and bm25 weights follow
// that order: a title hit outranks a name, which outranks a word in the text.
const rank = (table: "entry" | "gram") => `bm25(${table}, 10.0, 4.0, 1.0)`;
const SNIPPET = "snippet(entry, 2, char(57344), char(57345), '…', 64)";

function open(file: string): { db: Database.Database; created: boolean } {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  // Derived data: a commit may be lost to a power cut (never to a crash of the
  // app), and the film stays queued until its entries are committed.
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version === SCHEMA_VERSION) return { db, created: false };
  db.exec(`
    DROP TABLE IF EXISTS doc; DROP TABLE IF EXISTS entry; DROP TABLE IF EXISTS gram;
    CREATE TABLE doc (
      id INTEGER PRIMARY KEY, translationId TEXT NOT NULL UNIQUE, filmId TEXT NOT NULL,
      filmSlug TEXT NOT NULL, locale TEXT NOT NULL, sourceLocale TEXT NOT NULL, publishedAt INTEGER NOT NULL
    );
    CREATE INDEX doc_film ON doc (filmId, publishedAt);
    CREATE VIRTUAL TABLE entry USING fts5(title, people, body, tokenize = 'trigram remove_diacritics 1');
    CREATE VIRTUAL TABLE gram USING fts5(title, people, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
    PRAGMA user_version = ${SCHEMA_VERSION};
  `);
  return { db, created: true };
}

export function openSqliteIndex(file: string): SearchIndex {
  const { db, created } = open(file);
  const write = {
    docsOf: db.prepare("SELECT id FROM doc WHERE filmId = ?"),
    deleteEntry: db.prepare("DELETE FROM entry WHERE rowid = ?"),
    deleteGrams: db.prepare("DELETE FROM gram WHERE rowid = ?"),
    deleteDocs: db.prepare("DELETE FROM doc WHERE filmId = ?"),
    insertDoc: db.prepare("INSERT INTO doc (translationId, filmId, filmSlug, locale, sourceLocale, publishedAt) VALUES (?, ?, ?, ?, ?, ?)"),
    insertEntry: db.prepare("INSERT INTO entry (rowid, title, people, body) VALUES (?, ?, ?, ?)"),
    insertGrams: db.prepare("INSERT INTO gram (rowid, title, people, body) VALUES (?, ?, ?, ?)"),
  };
  // A search's candidate films as one JSON array parameter: one statement
  // instead of one per film (up to 500, about 4 ms of a search at 10,000 films).
  const liveLocales = db.prepare("SELECT filmId, locale FROM doc WHERE filmId IN (SELECT value FROM json_each(?)) AND publishedAt <= ?");
  // FTS5 writes a new index segment per commit, so one commit per batch keeps the index compact.
  const replace = db.transaction((films: ReadonlyMap<string, readonly SearchDocument[]>) => {
    for (const [filmId, docs] of films) {
      for (const { id } of write.docsOf.all(filmId) as { id: number }[]) {
        write.deleteEntry.run(id);
        write.deleteGrams.run(id);
      }
      write.deleteDocs.run(filmId);
      for (const doc of docs) {
        const { lastInsertRowid: id } = write.insertDoc.run(...documentKey(doc));
        write.insertEntry.run(id, doc.title, doc.people, doc.body);
        write.insertGrams.run(id, gramText(doc.title), gramText(doc.people), gramText(doc.body));
      }
    }
  });

  return {
    created,
    async replaceFilmDocs(films) {
      replace(films);
    },
    async candidates(query, now, limit, locale) {
      const shownFilter = `doc.publishedAt <= ? AND (doc.locale = ?
        OR NOT EXISTS (SELECT 1 FROM doc AS own WHERE own.filmId = doc.filmId AND own.locale = ? AND own.publishedAt <= ?))`;
      const shownParams = [now, locale, locale, now];
      const n = Math.trunc(limit);
      // A query with a term of three characters or more is asked of the
      // trigram entries, its shorter terms (if any) of the gram table as a
      // filter; a query of short terms only, of the gram table.
      const table = query.match ? "entry" : "gram";
      const grams =
        query.match && query.grams
          ? { sql: "AND doc.id IN (SELECT rowid FROM gram WHERE gram MATCH ?)", params: [query.grams] }
          : { sql: "", params: [] };
      const step = (match: string | null, rankSql: string, order: string) =>
        db
          .prepare(
            `SELECT doc.*, ${rankSql} AS rank FROM ${table} JOIN doc ON doc.id = ${table}.rowid
             WHERE ${table} MATCH ? AND ${shownFilter} ${grams.sql} ORDER BY ${order} LIMIT ${n}`,
          )
          .all(match, ...shownParams, ...grams.params) as Candidate[];
      // Two bounded steps, as on PostgreSQL (lib/search/postgres-index.ts),
      // instead of bm25 over every match: its weight for a word is counted over
      // every entry holding it, 10-25 ms for a common word at 10,000 films.
      // - the matches in titles and names, ranked by bm25 over those columns
      //   alone (a title over a name), whose counts are of few entries;
      // - only when there are fewer than `limit`, the newest matches anywhere.
      const best = step(query.match ? query.headMatch : query.headGrams, rank(table), "rank, doc.publishedAt DESC");
      if (best.length >= n) return best;
      const newest = step(query.match ?? query.grams, "0", "doc.publishedAt DESC");
      const seen = new Set(best.map((row) => row.id));
      return [...best, ...newest.filter((row) => !seen.has(row.id))].slice(0, n);
    },
    async liveLocales(filmIds, now) {
      const live = new Map(filmIds.map((id) => [id, [] as string[]]));
      for (const row of liveLocales.all(JSON.stringify(filmIds), now) as { filmId: string; locale: string }[]) live.get(row.filmId)?.push(row.locale);
      return live;
    },
    async snippet(query: ParsedQuery, id: number) {
      if (query.match) {
        const row = db.prepare(`SELECT ${SNIPPET} AS snippet FROM entry WHERE entry MATCH ? AND rowid = ?`).get(query.match, id) as
          { snippet: string } | undefined;
        if (row?.snippet) return row.snippet;
      }
      const body = db.prepare("SELECT body FROM entry WHERE rowid = ?").get(id) as { body: string } | undefined;
      return snippetAround(body?.body ?? "", query.terms);
    },
    async close() {
      db.close();
    },
  };
}
