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

let opening: Promise<SearchIndex> | null = null;

/** This process's index, opened once. A failed open (database down) is retried by the next caller. */
export function searchIndex(): Promise<SearchIndex> {
  opening ??= openSearchIndex(databaseUrl()).catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
}
