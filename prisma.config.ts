import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/database-url";

// Prisma's native schema engine is downloaded on first use, which this project
// cannot rely on (offline build machines). Unless a native engine is supplied,
// point the CLI at our WebAssembly stand-in; see prisma/schema-engine.mjs.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(__dirname, "prisma", "schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed/index.ts",
  },
  datasource: {
    url: databaseUrl(),
  },
});
