import { diffWordsWithSpace } from "diff";
import { db } from "@/lib/db";

export type RevisionSummary = Awaited<ReturnType<typeof listRevisions>>[number];

/** A film's revisions, newest first: facts and every translation. */
export async function listRevisions(slug: string) {
  const film = await db.film.findFirst({ where: { slug }, select: { id: true } });
  if (!film) return [];
  return db.revision.findMany({
    where: { filmId: film.id },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    select: { id: true, kind: true, locale: true, version: true, createdAt: true, author: { select: { name: true } } },
  });
}

export async function getRevisionSnapshot(id: string) {
  const revision = await db.revision.findUnique({
    where: { id },
    select: { id: true, kind: true, locale: true, version: true, snapshot: true, filmId: true },
  });
  if (!revision) return null;
  return { ...revision, fields: flatten(JSON.parse(revision.snapshot) as Record<string, unknown>) };
}

/** Snapshot values as display strings; lists (cast, awards, people) one item per line. */
function flatten(snapshot: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (value === null || value === undefined) out[key] = "";
    else if (Array.isArray(value)) out[key] = value.map((item) => (typeof item === "object" ? Object.values(item as object).filter((v) => v !== null).join(" | ") : String(item))).join("\n");
    else out[key] = String(value);
  }
  return out;
}

export type FieldDiff = { field: string; parts: { value: string; added?: boolean; removed?: boolean }[] };

/** Word-level differences between two snapshots, for the fields that changed. */
export function diffSnapshots(older: Record<string, string>, newer: Record<string, string>): FieldDiff[] {
  const fields = [...new Set([...Object.keys(older), ...Object.keys(newer)])];
  return fields
    .filter((field) => (older[field] ?? "") !== (newer[field] ?? ""))
    .map((field) => ({
      field,
      parts: diffWordsWithSpace(older[field] ?? "", newer[field] ?? "").map(({ value, added, removed }) => ({ value, added, removed })),
    }));
}
