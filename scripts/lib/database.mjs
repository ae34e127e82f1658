// Applies the committed migrations and, on an empty database, the demo seed.
// Shared by `npm start` and the test runner.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const run = (command, args, env) => execFileSync(command, args, { stdio: "inherit", env });

export function sqliteFile(url) {
  return url.startsWith("file:") ? path.resolve(url.slice("file:".length).replace(/\?.*$/, "")) : null;
}

/** Migrates the database at env.DATABASE_URL; seeds it when it has no films. */
export async function prepareDatabase(env, { forceSeed = false } = {}) {
  const file = sqliteFile(env.DATABASE_URL);
  if (file) fs.mkdirSync(path.dirname(file), { recursive: true });
  run("npx", ["prisma", "migrate", "deploy"], env);

  let films = 0;
  if (file) {
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(file, { readonly: true });
    films = db.prepare('SELECT COUNT(*) AS n FROM "Film"').get().n;
    db.close();
  }
  if (forceSeed || films === 0) run("npx", ["tsx", "prisma/seed/index.ts"], env);
  return { seeded: forceSeed || films === 0 };
}
