// The publish figures of the scale benchmark: an editor publishes one draft
// translation through the real server action (called as Next's client calls
// it), then we look at what re-rendered. Next marks each response with
// x-nextjs-cache: HIT (served from cache) or MISS (rendered now).
import fs from "node:fs";
import path from "node:path";
import { sqlRows } from "../lib/sql-rows";
import type { Get } from "./measure";

type Result = { saveMs: number; firstRenderMs: number; shows: boolean; affectedMiss: string; unrelatedMiss: string };

function actionId(distDir: string, name: string): string {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, { exportedName: string }> };
  return Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name)![0];
}

/**
 * Calls the saveTranslation server action as Next's client does, with the
 * form's fields, and waits for its answer: the save is acknowledged.
 */
export async function saveTranslationAction(options: { origin: string; distDir: string; cookie: string; fields: Record<string, string> }) {
  const { origin, cookie, fields } = options;
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.append("0", JSON.stringify([null, "$K1"]));
  const response = await fetch(new URL(`/en/admin/films/${fields.slug}/translations/${fields.locale}`, origin), {
    method: "POST",
    headers: { "Next-Action": actionId(options.distDir, "saveTranslation"), Accept: "text/x-component", cookie, origin },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** A film whose Japanese translation is a draft (the synthetic catalog has them), with that draft's fields. */
async function draft(databaseUrl: string) {
  const [row] = await sqlRows<Record<string, string | number | null>>(
    databaseUrl,
    `SELECT f."slug", t.* FROM "ReviewTranslation" t JOIN "Film" f ON f."id" = t."filmId"
     WHERE t."locale" = 'ja' AND t."status" = 'draft' AND f."listedAt" IS NOT NULL AND f."deletedAt" IS NULL ORDER BY f."slug" LIMIT 1`,
  );
  return row;
}

const cacheState = async (origin: string, paths: readonly string[]) => {
  const states = await Promise.all(
    paths.map(async (p) => (await fetch(new URL(p, origin), { headers: { "accept-language": "en" } })).headers.get("x-nextjs-cache")),
  );
  return `${states.filter((s) => s !== "HIT").length} of ${paths.length}`;
};

export async function measurePublish(options: {
  origin: string;
  distDir: string;
  databaseUrl: string;
  cookie: string;
  get: Get;
  unrelated: string[];
}): Promise<Result | null> {
  const { origin, cookie, get } = options;
  const row = await draft(options.databaseUrl);
  if (!row) return null;
  const slug = String(row.slug);
  const affected = ["en", "fr", "ar"].map((l) => `/${l}/reviews/${slug}`);
  for (const p of [...affected, ...options.unrelated]) await get(p); // everything warm first
  const fields: Record<string, string> = { slug, locale: "ja", uiLocale: "en", version: String(row.version), status: "published" };
  for (const key of ["title", "excerpt", "synopsis", "commentary", "contentWarning", "musicNotes"]) fields[key] = String(row[key] ?? "");
  const started = performance.now();
  await saveTranslationAction({ origin, distDir: options.distDir, cookie, fields });
  const saveMs = performance.now() - started;
  const first = await get(`/ja/reviews/${slug}`);
  return {
    saveMs,
    firstRenderMs: first.ms,
    shows: first.status === 200 && first.body.includes(String(row.title)) && !first.body.includes("untranslated-heading"),
    affectedMiss: await cacheState(origin, affected),
    unrelatedMiss: await cacheState(origin, options.unrelated),
  };
}
