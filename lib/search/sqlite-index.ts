import Database from "better-sqlite3";
import { gramText } from "./grams";
import { snippetAround, type ParsedQuery } from "./query";
import { matchTiers } from "./text-match";
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
// terms, too, are ranked by where they are found. Version 3 numbers entries
// by publication time (below) and keeps each entry's title and names in `doc`
// too, to rank a search's few matches without reading the text.
const SCHEMA_VERSION = 3;

// An entry's id follows its publication time: each second has 1,024 ids,
// given in the order entries of that second are written. So "the newest
// matches" is FTS5's own rowid order read backwards and stopped at the limit,
// instead of every match joined to its time and sorted: at 10,000 films, a
// word in a quarter of the entries took 43 ms that way and takes 3 ms this
// way. Before 1970 ids are negative, which SQLite allows. Should one second
// hold more entries (a bulk import), the rest take SQLite's next id, so they
// count as newer than their time: the order is off among those alone.
const IDS_PER_SECOND = 1024;

// A piece of the text (column 2) around the match, marked as MARK_START/MARK_END.
const SNIPPET = "snippet(entry, 2, char(57344), char(57345), '…', 64)";

// Each film's entries by locale: whether a film is published in the reader's
// language is one seek per candidate, not a look at each of its entries (a
// quarter off a search that reads 2,000 candidates to find 500 it may show).
const FILM_LOCALE_INDEX = `
  CREATE INDEX IF NOT EXISTS doc_film_locale ON doc (filmId, locale, publishedAt);
  DROP INDEX IF EXISTS doc_film;`;

function open(file: string): { db: Database.Database; created: boolean } {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  // Derived data: a commit may be lost to a power cut (never to a crash of the
  // app), and the film stays queued until its entries are committed.
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version === SCHEMA_VERSION) {
    db.exec(FILM_LOCALE_INDEX); // added to version 3 in place (under a second for 40,000 entries)
    return { db, created: false };
  }
  db.exec(`
    DROP TABLE IF EXISTS doc; DROP TABLE IF EXISTS entry; DROP TABLE IF EXISTS gram;
    CREATE TABLE doc (
      id INTEGER PRIMARY KEY, translationId TEXT NOT NULL UNIQUE, filmId TEXT NOT NULL,
      filmSlug TEXT NOT NULL, locale TEXT NOT NULL, sourceLocale TEXT NOT NULL, publishedAt INTEGER NOT NULL,
      title TEXT NOT NULL, people TEXT NOT NULL
    );
    ${FILM_LOCALE_INDEX}
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
    lastIdIn: db.prepare("SELECT max(id) FROM doc WHERE id >= ? AND id < ?").pluck(),
    insertDoc: db.prepare(
      "INSERT INTO doc (id, translationId, filmId, filmSlug, locale, sourceLocale, publishedAt, title, people) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    insertEntry: db.prepare("INSERT INTO entry (rowid, title, people, body) VALUES (?, ?, ?, ?)"),
    insertGrams: db.prepare("INSERT INTO gram (rowid, title, people, body) VALUES (?, ?, ?, ?)"),
  };
  const idFor = (publishedAt: number): number | null => {
    const first = Math.floor(publishedAt / 1000) * IDS_PER_SECOND;
    const last = write.lastIdIn.get(first, first + IDS_PER_SECOND) as number | null;
    if (last === null) return first;
    return last + 1 < first + IDS_PER_SECOND ? last + 1 : null;
  };
  // A search's candidate films as one JSON array parameter: one statement
  // instead of one per film (up to 500, about 4 ms of a search at 10,000 films).
  const liveLocales = db.prepare("SELECT filmId, locale FROM doc WHERE filmId IN (SELECT value FROM json_each(?)) AND publishedAt <= ?");
  // The few statements searches build from their parts (table, filters,
  // limit), each prepared once: preparing was 3% of a search request.
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string) => prepared.get(sql) ?? prepared.set(sql, db.prepare(sql)).get(sql)!;
  // FTS5 writes a new index segment per commit, so one commit per batch keeps the index compact.
  const replace = db.transaction((films: ReadonlyMap<string, readonly SearchDocument[]>) => {
    for (const [filmId, docs] of films) {
      for (const { id } of write.docsOf.all(filmId) as { id: number }[]) {
        write.deleteEntry.run(id);
        write.deleteGrams.run(id);
      }
      write.deleteDocs.run(filmId);
      for (const doc of docs) {
        const { lastInsertRowid: id } = write.insertDoc.run(idFor(doc.publishedAt), ...documentKey(doc), doc.title, doc.people);
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
      // The unary + keeps the filter away from FTS5's own planning: offered as
      // a constraint, it made SQLite look up each gram match in `entry` (1.1 s
      // for "tanaka 77"). Tested on each entry before its doc is read, it
      // spares the doc lookups of the entries it turns away (27 ms to 9 ms).
      const grams =
        query.match && query.grams
          ? { sql: "AND +entry.rowid IN (SELECT rowid FROM gram WHERE gram MATCH ?)", params: [query.grams] }
          : { sql: "", params: [] };
      // Results come in three tiers: every term in the title, in the title
      // and names, anywhere (lib/search/text-match.ts, as on PostgreSQL); the
      // newest first within each. Each step below reads the index in its own
      // order (ids follow publication time, above) and stops at the limit.
      // This replaced bm25, whose weight for a word is counted over every
      // entry holding it: 20-45 ms for a name credited on hundreds of films.
      const newest = (match: string) =>
        statement(
          `SELECT doc.id, doc.filmId, doc.filmSlug, doc.locale, doc.sourceLocale, doc.title, doc.people FROM ${table}
           JOIN doc ON doc.id = ${table}.rowid
           WHERE ${table} MATCH ? ${grams.sql} AND ${shownFilter} ORDER BY ${table}.rowid DESC LIMIT ${n}`,
        ).all(match, ...grams.params, ...shownParams) as (Candidate & { title: string; people: string })[];
      const all = newest((query.match ?? query.grams)!);
      const tierOf = matchTiers(query);
      const tiers = new Map(all.map((row) => [row.id, tierOf(row.title, row.people)]));
      // Fewer than the limit: these are all the matches, ranked here from
      // their titles and names, so a word with few matches costs one step.
      if (all.length < n) return all.sort((a, b) => tiers.get(b.id)! - tiers.get(a.id)!);
      // As many matches as the limit or more: the title's, then the names',
      // asked of the index, and the newest anywhere after them. A tier that
      // every one of the newest matches is in has these same rows as its
      // newest, so it is not asked again: a name credited on hundreds of
      // films (8 ms of a search for one at 10,000 films).
      const lowest = Math.min(...tiers.values());
      const found = new Map<number, Candidate>();
      const add = (rows: Candidate[]) => {
        for (const row of rows) if (found.size < n && !found.has(row.id)) found.set(row.id, row);
      };
      const [title, head] = query.match ? [query.title.match, query.head.match] : [query.title.grams, query.head.grams];
      if (lowest < 2) add(newest(title!));
      if (lowest < 1 && found.size < n) add(newest(head!));
      add(all);
      return [...found.values()];
    },
    async liveLocales(filmIds, now) {
      const live = new Map(filmIds.map((id) => [id, [] as string[]]));
      for (const row of liveLocales.all(JSON.stringify(filmIds), now) as { filmId: string; locale: string }[]) live.get(row.filmId)?.push(row.locale);
      return live;
    },
    async snippets(query: ParsedQuery, ids) {
      const snippetOf = (id: number) => {
        if (query.match) {
          const row = statement(`SELECT ${SNIPPET} AS snippet FROM entry WHERE entry MATCH ? AND rowid = ?`).get(query.match, id) as
            { snippet: string } | undefined;
          if (row?.snippet) return row.snippet;
        }
        const body = statement("SELECT body FROM entry WHERE rowid = ?").get(id) as { body: string } | undefined;
        return snippetAround(body?.body ?? "", query.terms);
      };
      return new Map(ids.map((id) => [id, snippetOf(id)]));
    },
    async close() {
      db.close();
    },
  };
}
