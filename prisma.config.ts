import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl, isPostgresUrl } from "./lib/database-url";

// Prisma's native schema engine is downloaded on first use, which this project
// cannot rely on (offline build machines). Unless a native engine is supplied,
// point the CLI at our WebAssembly stand-in; see prisma/schema-engine.mjs.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(__dirname, "prisma", "schema-engine.mjs");

// One config for both databases: DATABASE_URL decides. SQLite uses
// prisma/schema.prisma and prisma/migrations; PostgreSQL uses the generated
// copy in prisma/postgres/ (scripts/postgres-schema.mjs) and its own migrations.
const url = databaseUrl();
const folder = isPostgresUrl(url) ? "prisma/postgres" : "prisma";

export default defineConfig({
  schema: `${folder}/schema.prisma`,
  migrations: {
    path: `${folder}/migrations`,
    seed: "tsx prisma/seed/index.ts",
  },
  datasource: { url },
});
