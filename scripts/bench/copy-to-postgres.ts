import Database from "better-sqlite3";
import pg from "pg";

// Copies every table of a migrated SQLite file into a migrated, empty
// PostgreSQL database with the same schema: how the scale benchmark gets its
// synthetic catalog (written fast into SQLite by scripts/bench/catalog.ts)
// onto PostgreSQL. Benchmark tooling only: foreign keys are not checked
// during the copy (session_replication_role, which needs a superuser, as the
// throwaway benchmark cluster has).

/** Bound values per INSERT, under PostgreSQL's 65,535. */
const MAX_PARAMS = 30_000;
const MAX_ROWS = 500;

export async function copyToPostgres(sqliteFile: string, url: string): Promise<number> {
  const source = new Database(sqliteFile, { readonly: true });
  const target = new pg.Client({ connectionString: url });
  await target.connect();
  let copied = 0;
  try {
    await target.query("BEGIN");
    await target.query("SET LOCAL session_replication_role = replica");
    const tables = source
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'")
      .all() as { name: string }[];
    for (const { name } of tables) {
      const types = new Map(
        (
          await target.query<{ column_name: string; data_type: string }>(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
            [name],
          )
        ).rows.map((c) => [c.column_name, c.data_type]),
      );
      const columns = [...types.keys()];
      const convert = columns.map((c) => (types.get(c) === "boolean" ? (v: unknown) => (v === null ? null : Boolean(v)) : (v: unknown) => v));
      const perBatch = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns.length)));
      const quoted = columns.map((c) => `"${c}"`).join(", ");
      let batch: unknown[][] = [];
      const flush = async () => {
        if (!batch.length) return;
        const values = batch.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(", ")})`).join(", ");
        await target.query(`INSERT INTO "${name}" (${quoted}) VALUES ${values}`, batch.flat());
        copied += batch.length;
        batch = [];
      };
      for (const row of source.prepare(`SELECT ${quoted} FROM "${name}"`).iterate() as Iterable<Record<string, unknown>>) {
        batch.push(columns.map((c, i) => convert[i]!(row[c])));
        if (batch.length >= perBatch) await flush();
      }
      await flush();
    }
    await target.query("COMMIT");
  } catch (error) {
    await target.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    source.close();
    await target.end();
  }
  await settle(url);
  return copied;
}

/**
 * What autovacuum does to a freshly loaded database within minutes: planner
 * statistics, and the visibility map, without which every index-only scan
 * (the editors' list counts, the listings) also reads the table's pages,
 * 2-5x slower. The benchmark measures a settled database, as readers meet it.
 * Twice: on PostgreSQL 15 the first VACUUM after a bulk load marked no page
 * all-visible (pg_class.relallvisible stayed 0), the second marked them all.
 */
export async function settle(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("VACUUM ANALYZE");
    await client.query("VACUUM");
  } finally {
    await client.end();
  }
}
