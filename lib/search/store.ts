import path from "node:path";
import Database from "better-sqlite3";
import { databaseUrl, sqliteFilePath } from "@/lib/database-url";
import { gramText } from "./grams";
import type { SearchDocument } from "./documents";

// The search index: SQLite FTS5 in a file of its own beside the database.
// - `entry`: trigram tokenizer, so words match by substring in every script,
//   Japanese included, for terms of three characters or more;
// - `gram`: single characters and pairs for shorter terms (lib/search/grams.ts);
// - `doc`: which film, locale and publication time each entry belongs to.
// Why a separate file: Prisma Migrate cannot live with FTS5's shadow tables
// (it would drop them, prisma/orm#8106). It is derived data, made and
// migrated here (PRAGMA user_version), kept current by the writes through the
// SearchQueue table (lib/search/queue.ts), and shared by every process that
// uses the same database file.

const SCHEMA_VERSION = 1;

/** The index file: MARQUEE_SEARCH_FILE, else beside the SQLite database (data/marquee.db → data/marquee.search.db). */
export function searchFilePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MARQUEE_SEARCH_FILE) return path.resolve(env.MARQUEE_SEARCH_FILE);
  const file = sqliteFilePath(databaseUrl(env));
  return file.replace(/(\.[a-z0-9]+)?$/i, ".search$1");
}

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
    CREATE VIRTUAL TABLE gram USING fts5(text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
    PRAGMA user_version = ${SCHEMA_VERSION};
  `);
  return { db, created: true };
}

let store: { db: Database.Database; created: boolean } | null = null;

/** The open index; `created` is true when this process made it empty (everything must be queued). */
export function searchStore() {
  store ??= open(searchFilePath());
  return store;
}

/** The write statements, prepared once per open index. */
const writers = new WeakMap<Database.Database, ReturnType<typeof prepareWriters>>();

function prepareWriters(db: Database.Database) {
  return {
    docsOf: db.prepare("SELECT id FROM doc WHERE filmId = ?"),
    deleteEntry: db.prepare("DELETE FROM entry WHERE rowid = ?"),
    deleteGrams: db.prepare("DELETE FROM gram WHERE rowid = ?"),
    deleteDocs: db.prepare("DELETE FROM doc WHERE filmId = ?"),
    insertDoc: db.prepare("INSERT INTO doc (translationId, filmId, filmSlug, locale, sourceLocale, publishedAt) VALUES (?, ?, ?, ?, ?, ?)"),
    insertEntry: db.prepare("INSERT INTO entry (rowid, title, people, body) VALUES (?, ?, ?, ?)"),
    insertGrams: db.prepare("INSERT INTO gram (rowid, text) VALUES (?, ?)"),
  };
}

/**
 * Replaces each given film's entries with its documents (none when it has no
 * published translation left), in one transaction: FTS5 writes a new index
 * segment per commit, so one commit per batch keeps the index compact.
 */
export function replaceFilmDocs(films: ReadonlyMap<string, readonly SearchDocument[]>): void {
  const { db } = searchStore();
  let w = writers.get(db);
  if (!w) writers.set(db, (w = prepareWriters(db)));
  const write = w;
  db.transaction(() => {
    for (const [filmId, docs] of films) {
      for (const { id } of write.docsOf.all(filmId) as { id: number }[]) {
        write.deleteEntry.run(id);
        write.deleteGrams.run(id);
      }
      write.deleteDocs.run(filmId);
      for (const doc of docs) {
        const { lastInsertRowid: id } = write.insertDoc.run(
          doc.translationId,
          doc.filmId,
          doc.filmSlug,
          doc.locale,
          doc.sourceLocale,
          doc.publishedAt,
        );
        write.insertEntry.run(id, doc.title, doc.people, doc.body);
        write.insertGrams.run(id, gramText(`${doc.title} ${doc.people} ${doc.body}`));
      }
    }
  })();
}
