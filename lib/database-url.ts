import path from "node:path";

// The one place that decides which database Marquee talks to. Used by the app
// (lib/db.ts), the seed script and prisma.config.ts, so they can never disagree.
export const DEFAULT_DATABASE_FILE = "data/marquee.db";

/** DATABASE_URL, with relative SQLite paths resolved against the project root. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  if (!url.startsWith("file:")) return url;
  const file = url.slice("file:".length);
  return `file:${path.resolve(/* turbopackIgnore: true */ process.cwd(), file)}`;
}

/** Whether a URL names a PostgreSQL server (postgres:// or postgresql://). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The filesystem path of a `file:` URL (what better-sqlite3 opens). */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}
