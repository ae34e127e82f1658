import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-postgres/client";
import { databaseUrl, isPostgresUrl, sqliteFilePath } from "@/lib/database-url";
import { withParamGuard } from "@/lib/db-param-guard";

// The single Prisma client of the process, kept on globalThis: the production
// server loads the app's code in more than one bundle (pages, route handlers,
// instrumentation), each with its own copy of this module, and in development
// Next reloads modules on every change. Without it a server held three
// SQLite connections (or PostgreSQL pools) and three query compilers.
const globalForPrisma = globalThis as unknown as { marqueeDb?: PrismaClient };

/** Pool size per process on PostgreSQL (MARQUEE_PG_POOL), so several instances stay under the server's max_connections. */
const POOL_SIZE = Number(process.env.MARQUEE_PG_POOL) || 10;

// Both generated clients come from the same models (scripts/postgres-schema.mjs
// writes the PostgreSQL schema from the SQLite one; a test keeps them equal),
// so the PostgreSQL client has the SQLite client's API and is typed as it.
function createClient(url = databaseUrl()): PrismaClient {
  const limit = Number(process.env.MARQUEE_MAX_QUERY_PARAMS) || undefined;
  if (isPostgresUrl(url)) {
    // A down database answers within seconds rather than hanging a request.
    const adapter = new PrismaPg({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: 5000 });
    return new PostgresClient({ adapter: withParamGuard(adapter, limit) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: withParamGuard(new PrismaBetterSqlite3({ url: sqliteFilePath(url) }), limit) });
}

export const db = (globalForPrisma.marqueeDb ??= createClient());

/** Which database the app talks to; raw SQL and the search index differ between them. */
export const databaseKind: "sqlite" | "postgres" = isPostgresUrl(databaseUrl()) ? "postgres" : "sqlite";
