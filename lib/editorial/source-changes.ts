import { diffArrays, diffWordsWithSpace } from "diff";
import { db } from "@/lib/db";
import { SOURCE_TEXT_FIELDS, type TextField } from "@/lib/validations/translation";

export type DiffPart = { value: string; added?: boolean; removed?: boolean };
/** One paragraph that differs: rewritten (word marks inside), added or removed whole. */
export type ParagraphChange = { kind: "changed" | "added" | "removed"; parts: DiffPart[] };
export type FieldChanges = { field: TextField; paragraphs: ParagraphChange[] };

const paragraphsOf = (text: string) =>
  text
    .replace(/\r\n/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * The paragraphs that differ between two versions of a text. Paragraphs are
 * aligned first (so one inserted paragraph does not mark every later one as
 * changed); a removed paragraph followed by an added one is shown as one
 * rewritten paragraph with its words marked.
 */
export function paragraphChanges(before: string, after: string): ParagraphChange[] {
  const out: ParagraphChange[] = [];
  let removed: string[] = [];
  const flush = (added: string[]) => {
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < pairs; i++) out.push({ kind: "changed", parts: diffWordsWithSpace(removed[i] ?? "", added[i] ?? "").map(toPart) });
    for (const value of removed.slice(pairs)) out.push({ kind: "removed", parts: [{ value, removed: true }] });
    for (const value of added.slice(pairs)) out.push({ kind: "added", parts: [{ value, added: true }] });
    removed = [];
  };
  for (const chunk of diffArrays(paragraphsOf(before), paragraphsOf(after))) {
    if (chunk.removed) removed.push(...chunk.value);
    else if (chunk.added) flush(chunk.value);
    else flush([]);
  }
  flush([]);
  return out;
}

const toPart = ({ value, added, removed }: DiffPart): DiffPart => ({ value, added, removed });

/**
 * What changed in the source text since the version a translation was made
 * from: the source's revision of that text version against its current text,
 * field by field. Null when that version is not in the history (demo content
 * and translations saved before revisions recorded their text version).
 */
export async function sourceChangesSince(
  filmId: string,
  sourceLocale: string,
  fromTextVersion: number,
  current: Record<TextField, string>,
): Promise<{ since: Date; fields: FieldChanges[] } | null> {
  const then = await db.revision.findFirst({
    where: { filmId, kind: "translation", locale: sourceLocale, textVersion: fromTextVersion },
    orderBy: { version: "desc" },
    select: { snapshot: true, createdAt: true },
  });
  if (!then) return null;
  const old = JSON.parse(then.snapshot) as Partial<Record<TextField, string | null>>;
  const fields = SOURCE_TEXT_FIELDS.map((field) => ({ field, paragraphs: paragraphChanges(old[field] ?? "", current[field] ?? "") })).filter(
    (change) => change.paragraphs.length > 0,
  );
  return { since: then.createdAt, fields };
}
