import path from "node:path";
import { databaseUrl, isPostgresUrl, sqliteFilePath } from "@/lib/database-url";
import type { SearchIndex } from "./index-types";

// Where the search index lives: with the database it indexes. On SQLite, an
// FTS5 file beside the database file; on PostgreSQL, tables in the same
// database. Either way every process that uses the database shares it.

/** The SQLite index file: MARQUEE_SEARCH_FILE, else beside the database (data/marquee.db → data/marquee.search.db). */
export function searchFilePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MARQUEE_SEARCH_FILE) return path.resolve(env.MARQUEE_SEARCH_FILE);
  const file = sqliteFilePath(databaseUrl(env));
  return file.replace(/(\.[a-z0-9]+)?$/i, ".search$1");
}

/** Opens the index for a database URL. */
export async function openSearchIndex(url: string, env: NodeJS.ProcessEnv = process.env): Promise<SearchIndex> {
  if (isPostgresUrl(url)) return (await import("./postgres-index")).openPostgresIndex(url);
  return (await import("./sqlite-index")).openSqliteIndex(searchFilePath({ ...env, DATABASE_URL: url }));
}

// On globalThis for the reason given in lib/db.ts: every bundle of the server
// (the background sweep's, the search page's) shares the one index, so the
// sweep's first run opens it before the first reader searches.
const OPENING = Symbol.for("marquee.searchIndex");
const global = globalThis as typeof globalThis & { [OPENING]?: Promise<SearchIndex> | null };

/** This process's index, opened once. A failed open (database down) is retried by the next caller. */
export function searchIndex(): Promise<SearchIndex> {
  global[OPENING] ??= openSearchIndex(databaseUrl()).catch((error) => {
    global[OPENING] = null;
    throw error;
  });
  return global[OPENING];
}
