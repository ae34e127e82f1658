import Database from "better-sqlite3";
import { documentsFor, filmStamps, type SearchDocument } from "./documents";

// The search index: an SQLite FTS5 table with the trigram tokenizer, so words
// match by substring in every script, including Japanese, which has no spaces.
//
// It lives in an in-memory SQLite database, not in the main database file,
// because Prisma Migrate cannot live with FTS5's shadow tables (it would drop
// them, prisma/orm#8106), and because it is derived data. Each app process
// keeps its own copy up to date with the database before every search: films
// whose change stamp moved are re-indexed, so saves by other processes (or
// other instances on PostgreSQL) are picked up too.

const memory = new Database(":memory:");
memory.exec(`
  CREATE VIRTUAL TABLE entry USING fts5(
    translationId UNINDEXED, filmId UNINDEXED, filmSlug UNINDEXED, locale UNINDEXED, publishedAt UNINDEXED,
    title, people, body,
    tokenize = 'trigram remove_diacritics 1'
  );
`);

const insert = memory.prepare(
  "INSERT INTO entry (translationId, filmId, filmSlug, locale, publishedAt, title, people, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
);
const removeFilm = memory.prepare("DELETE FROM entry WHERE filmId = ?");
const indexed = new Map<string, string>();
let refreshing: Promise<void> | null = null;

async function refresh(): Promise<void> {
  const stamps = await filmStamps();
  const changed = [...stamps].filter(([id, stamp]) => indexed.get(id) !== stamp).map(([id]) => id);
  const gone = [...indexed.keys()].filter((id) => !stamps.has(id));
  if (!changed.length && !gone.length) return;
  const docs: SearchDocument[] = changed.length ? await documentsFor(changed) : [];
  memory.transaction(() => {
    for (const id of [...changed, ...gone]) removeFilm.run(id);
    for (const doc of docs) {
      insert.run(doc.translationId, doc.filmId, doc.filmSlug, doc.locale, doc.publishedAt, doc.title, doc.people, doc.body);
    }
  })();
  for (const id of gone) indexed.delete(id);
  for (const id of changed) indexed.set(id, stamps.get(id)!);
}

/** The index, brought up to date with the database. Concurrent searches share one refresh. */
export async function searchIndex(): Promise<Database.Database> {
  refreshing ??= refresh().finally(() => {
    refreshing = null;
  });
  await refreshing;
  return memory;
}
