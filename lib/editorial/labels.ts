import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/i18n/routing";

// Character names in one locale. They are saved with that locale's
// translation (one version, one revision) and recorded by natural keys (actor
// and original character), so a revision still restores them after the facts'
// credits were re-saved. (Awards are named by the lists admins keep:
// lib/managed-lists.ts; revisions from before keep an `awards` entry, unused.)

export { LABEL_MAX } from "./label-limits";

export type LabelsSnapshot = {
  characters: { actor: string; original: string; value: string }[];
  awards?: unknown[];
};

type Client = Prisma.TransactionClient | typeof db;

/**
 * The film's cast credits with their character names in `locale`, in credit
 * order: one query (a join), where Prisma's nested select makes three; a
 * translation save reads it, and under load each query is one more wait.
 */
function castLabels(client: Client, filmId: string, locale: string) {
  return client.$queryRaw<{ id: string; actor: string; original: string | null; value: string | null }[]>`
    SELECT c."id", p."name" AS "actor", c."character" AS "original", ct."character" AS "value"
    FROM "Credit" c
    JOIN "Person" p ON p."id" = c."personId"
    LEFT JOIN "CreditTranslation" ct ON ct."creditId" = c."id" AND ct."locale" = ${locale}
    WHERE c."filmId" = ${filmId} AND c."role" = 'cast'
    ORDER BY c."position", c."id"`;
}

/** The labels as the translation editor shows them: ids for the form, originals as placeholders. */
export async function getFilmLabels(slug: string, locale: Locale) {
  const film = await db.film.findFirst({ where: { slug, deletedAt: null }, select: { id: true } });
  if (!film) return null;
  const credits = await castLabels(db, film.id, locale);
  return { characters: credits.map((c) => ({ id: c.id, actor: c.actor, original: c.original ?? "", value: c.value ?? "" })) };
}

export type FilmLabels = NonNullable<Awaited<ReturnType<typeof getFilmLabels>>>;

/** The label fields of a submitted translation form: field name → trimmed text. */
export function readLabelFields(form: FormData): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && /^character\.[\w-]+$/.test(key)) fields.set(key, value.trim());
  }
  return fields;
}

/** A cast credit as writeLabels asks for its new name: its form field, and its natural keys. */
export type CastCredit = { field: string; actor: string; original: string };

/**
 * Writes one locale's labels: `value` gives each credit's new name (undefined
 * keeps the saved one; an empty name removes it, so readers see the original).
 * Returns the snapshot.
 */
export async function writeLabels(
  tx: Prisma.TransactionClient,
  filmId: string,
  locale: string,
  value: (credit: CastCredit) => string | undefined,
): Promise<LabelsSnapshot> {
  const snapshot: LabelsSnapshot = { characters: [] };
  for (const credit of await castLabels(tx, filmId, locale)) {
    const saved = credit.value ?? undefined;
    const character = value({ field: `character.${credit.id}`, actor: credit.actor, original: credit.original ?? "" }) ?? saved ?? "";
    // Only what changed is written: most saves change no label, and each
    // query is one more wait for a save under load.
    if (character && character !== saved) {
      await tx.creditTranslation.upsert({
        where: { creditId_locale: { creditId: credit.id, locale } },
        create: { creditId: credit.id, locale, character },
        update: { character },
      });
    } else if (!character && saved !== undefined) await tx.creditTranslation.deleteMany({ where: { creditId: credit.id, locale } });
    snapshot.characters.push({ actor: credit.actor, original: credit.original ?? "", value: character });
  }
  return snapshot;
}

/** A snapshot's names for writeLabels, matched to today's credits by natural keys; credits it does not name keep theirs. */
export function labelsFromSnapshot(snapshot: LabelsSnapshot | undefined) {
  return (credit: CastCredit) => snapshot?.characters.find((c) => c.actor === credit.actor && c.original === credit.original)?.value;
}
