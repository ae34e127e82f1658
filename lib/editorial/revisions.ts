import { ACCOUNT_IDENTITY } from "@/lib/access/identity";
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
    select: { id: true, kind: true, locale: true, version: true, createdAt: true, author: { select: ACCOUNT_IDENTITY } },
  });
}

export async function getRevisionSnapshot(id: string) {
  const revision = await db.revision.findUnique({
    where: { id },
    select: { id: true, kind: true, locale: true, version: true, snapshot: true, filmId: true },
  });
  if (!revision) return null;
  return { ...revision, fields: flattenSnapshot(JSON.parse(revision.snapshot) as Record<string, unknown>) };
}

/**
 * Snapshot values as display strings: lists (people, cast, awards, labels) one
 * item per line, nested objects under dotted names ("labels.characters").
 */
export function flattenSnapshot(snapshot: Record<string, unknown>, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  const item = (value: unknown) =>
    value !== null && typeof value === "object"
      ? Object.values(value)
          .filter((v) => v !== null && v !== "")
          .join(" | ")
      : String(value);
  for (const [key, value] of Object.entries(snapshot)) {
    const name = prefix + key;
    if (value === null || value === undefined) out[name] = "";
    else if (Array.isArray(value)) out[name] = value.map(item).join("\n");
    else if (typeof value === "object") Object.assign(out, flattenSnapshot(value as Record<string, unknown>, `${name}.`));
    else out[name] = String(value);
  }
  return out;
}

export type FieldDiff = { field: string; parts: { value: string; added?: boolean; removed?: boolean }[] };

/** Bookkeeping a snapshot carries that is no change an editor made. */
const NOT_EDITS = new Set(["version"]);
/** Snapshot fields that hold a time. */
const TIME_FIELDS = new Set(["publishedAt"]);

/**
 * A time moved by less than a second is the same time saved again (a form
 * shows whole seconds; the stored time has milliseconds): not a change.
 */
function sameTime(a: string, b: string) {
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) < 1000;
}

/** Word-level differences between two snapshots, for the fields an editor changed. */
export function diffSnapshots(older: Record<string, string>, newer: Record<string, string>): FieldDiff[] {
  const fields = [...new Set([...Object.keys(older), ...Object.keys(newer)])];
  return fields
    .filter((field) => !NOT_EDITS.has(field) && (older[field] ?? "") !== (newer[field] ?? ""))
    .filter((field) => !(TIME_FIELDS.has(field) && sameTime(older[field] ?? "", newer[field] ?? "")))
    .map((field) => ({
      field,
      parts: diffWordsWithSpace(older[field] ?? "", newer[field] ?? "").map(({ value, added, removed }) => ({ value, added, removed })),
    }));
}
