import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, sqliteFilePath } from "@/lib/database-url";
import { withParamGuard } from "@/lib/db-param-guard";

// The single Prisma client. In development, Next reloads modules on every
// change; keeping the client on globalThis stops each reload opening another
// database handle.
const globalForPrisma = globalThis as unknown as { marqueeDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = withParamGuard(
    new PrismaBetterSqlite3({ url: sqliteFilePath(databaseUrl()) }),
    Number(process.env.MARQUEE_MAX_QUERY_PARAMS) || undefined,
  );
  return new PrismaClient({ adapter });
}

export const db = globalForPrisma.marqueeDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.marqueeDb = db;
