import { sqlRows } from "../scripts/lib/sql-rows";

// Read-only checks of the e2e database (DATABASE_URL, SQLite or PostgreSQL),
// to prove what an action did or did not change; see scripts/lib/sql-rows.ts
// for the SQL both databases accept.

export const dbRows = <T>(sql: string, params: unknown[] = []) => sqlRows<T>(process.env.DATABASE_URL ?? "", sql, params);

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
