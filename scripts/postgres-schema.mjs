// `npm run db:schemas`: writes prisma/postgres/schema.prisma from
// prisma/schema.prisma. Prisma needs a literal provider per schema file, so
// PostgreSQL gets its own file and migration folder; the models are written
// once, in the SQLite schema, and this copies them with only the provider and
// the generated client's folder changed. tests/postgres-schema.test.ts fails
// when the committed copy differs from what this would write.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
export const SOURCE = path.join(root, "prisma", "schema.prisma");
export const TARGET = path.join(root, "prisma", "postgres", "schema.prisma");

export function postgresSchema(source) {
  const swaps = [
    [/provider\s*=\s*"sqlite"/, 'provider = "postgresql"'],
    [/output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output       = "../../lib/generated/prisma-postgres"'],
  ];
  let text = source;
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(text)) throw new Error(`prisma/schema.prisma no longer contains ${pattern}; update scripts/postgres-schema.mjs`);
    text = text.replace(pattern, replacement);
  }
  return `// GENERATED from prisma/schema.prisma by \`npm run db:schemas\`. Do not edit:\n// change the SQLite schema and run the script again.\n\n${text}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.mkdirSync(path.dirname(TARGET), { recursive: true });
  fs.writeFileSync(TARGET, postgresSchema(fs.readFileSync(SOURCE, "utf8")));
  console.log(`wrote ${path.relative(root, TARGET)}`);
}
