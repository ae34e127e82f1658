import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "../lib/database-url";

// Read-only checks of the e2e database, on SQLite or PostgreSQL, to prove
// what an action did or did not change. Plain SQL rather than the app's
// Prisma client, which is an ES module that Playwright's loader cannot run.
// Write SQL that both accept: quoted names, `?` placeholders, CAST(COUNT(*)
// AS INTEGER), CASE WHEN for booleans; Date parameters are converted here.

let pool: pg.Pool | null = null;

export async function dbRows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const url = process.env.DATABASE_URL ?? "";
  if (isPostgresUrl(url)) {
    pool ??= new pg.Pool({ connectionString: url, max: 2 });
    let n = 0;
    const { rows } = await pool.query(
      sql.replace(/\?/g, () => `$${++n}`),
      params,
    );
    return rows as T[];
  }
  const db = new Database(url.replace(/^file:/, ""), { readonly: true });
  try {
    return db.prepare(sql).all(...params.map((p) => (p instanceof Date ? p.toISOString() : p))) as T[];
  } finally {
    db.close();
  }
}

export const dbRow = async <T>(sql: string, params: unknown[] = []): Promise<T | undefined> => (await dbRows<T>(sql, params))[0];

/** A translation of a film by slug, or undefined. */
export const translationRow = (slug: string, locale = "en") =>
  dbRow<{ title: string; excerpt: string; commentary: string; version: number }>(
    `SELECT t."title", t."excerpt", t."commentary", t."version" FROM "ReviewTranslation" t JOIN "Film" f ON f."id" = t."filmId"
     WHERE f."slug" = ? AND t."locale" = ?`,
    [slug, locale],
  );

/** Live translations (published, due, film not trashed), newest first. */
export const liveTranslations = (locale?: string) =>
  dbRows<{ locale: string; slug: string; title: string }>(
    `SELECT t."locale", f."slug", t."title" FROM "ReviewTranslation" t JOIN "Film" f ON f."id" = t."filmId"
     WHERE t."status" = 'published' AND t."publishedAt" <= ? AND f."deletedAt" IS NULL ${locale ? `AND t."locale" = ?` : ""}
     ORDER BY t."publishedAt" DESC, f."slug" ASC`,
    [new Date(), ...(locale ? [locale] : [])],
  );
