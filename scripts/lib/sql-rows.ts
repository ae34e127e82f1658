import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "../../lib/database-url";

// Plain SQL against either database, for tests and benchmarks that check the
// database from outside the app (the app's Prisma client is an ES module
// that Playwright's loader cannot run). Write SQL both accept: quoted names,
// `?` placeholders, CAST(COUNT(*) AS INTEGER), CASE WHEN for booleans; Date
// parameters are converted here (SQLite stores ISO text).

const pools = new Map<string, pg.Pool>();

export async function sqlRows<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  if (isPostgresUrl(url)) {
    let pool = pools.get(url);
    if (!pool) pools.set(url, (pool = new pg.Pool({ connectionString: url, max: 2 })));
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

export async function closeSqlPools() {
  await Promise.all([...pools.values()].map((pool) => pool.end()));
  pools.clear();
}
