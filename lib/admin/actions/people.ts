"use server";

import { assertEditor } from "@/lib/auth/session";
import { databaseKind, db } from "@/lib/db";
import { failure, refusal, type ActionResult } from "@/lib/admin/action-result";

export type PersonMatch = { name: string; names: string[] };
export type FindPeopleResult = ActionResult & { people?: PersonMatch[] };

const MATCHES = 8;

/**
 * People whose credited or localized name contains the query, for the facts
 * form's people picker: "ゴズリング" finds Ryan Gosling through his Japanese
 * name. At most eight, so a catalog of any size answers in one indexed read.
 */
export async function findPeople(_previous: unknown, form: FormData): Promise<FindPeopleResult> {
  try {
    await assertEditor();
  } catch (error) {
    return refusal(error);
  }
  const query = String(form.get("q") ?? "")
    .trim()
    .slice(0, 100);
  if (!query) return { ok: true, people: [] };
  // SQLite's LIKE ignores ASCII case already; PostgreSQL is told to.
  const contains = { contains: query, ...(databaseKind === "postgres" ? { mode: "insensitive" as const } : {}) };
  try {
    const people = await db.person.findMany({
      where: { OR: [{ name: contains }, { translations: { some: { name: contains } } }] },
      orderBy: { name: "asc" },
      take: MATCHES,
      select: { name: true, translations: { select: { name: true } } },
    });
    return { ok: true, people: people.map((p) => ({ name: p.name, names: p.translations.map((t) => t.name) })) };
  } catch (error) {
    return failure(error);
  }
}
