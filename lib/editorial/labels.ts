import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/i18n/routing";

// Character names and award labels in one locale. They are saved with that
// locale's translation (one version, one revision) and recorded by natural
// keys (actor and original character; award body, year and English category),
// so a revision still restores them after the facts' credits were re-saved.

export { LABEL_MAX } from "./label-limits";

export type LabelsSnapshot = {
  characters: { actor: string; original: string; value: string }[];
  awards: { body: string; year: number; category: string; bodyName: string; label: string }[];
};

/** The labels as the translation editor shows them: ids for the form, originals as placeholders. */
export async function getFilmLabels(slug: string, locale: Locale) {
  const film = await db.film.findFirst({
    where: { slug, deletedAt: null },
    select: {
      credits: {
        where: { role: "cast" },
        orderBy: { position: "asc" },
        select: { id: true, character: true, person: { select: { name: true } }, translations: { where: { locale } } },
      },
      awards: { orderBy: { position: "asc" }, select: { id: true, body: true, year: true, translations: true } },
    },
  });
  if (!film) return null;
  return {
    characters: film.credits.map((c) => ({
      id: c.id,
      actor: c.person.name,
      original: c.character ?? "",
      value: c.translations[0]?.character ?? "",
    })),
    awards: film.awards.map((a) => {
      const english = a.translations.find((t) => t.locale === "en");
      const own = a.translations.find((t) => t.locale === locale);
      return {
        id: a.id,
        body: a.body,
        year: a.year,
        original: { bodyName: english?.bodyName ?? a.body, category: english?.category ?? "" },
        value: { bodyName: own?.bodyName ?? "", category: own?.category ?? "" },
      };
    }),
  };
}

export type FilmLabels = NonNullable<Awaited<ReturnType<typeof getFilmLabels>>>;

/** The label fields of a submitted translation form: field name → trimmed text. */
export function readLabelFields(form: FormData): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && /^(character|awardBody|awardCategory)\.[\w-]+$/.test(key)) fields.set(key, value.trim());
  }
  return fields;
}

/** Writes one locale's labels; an empty field removes the label so readers see the original. Returns the snapshot. */
export async function writeLabels(
  tx: Prisma.TransactionClient,
  filmId: string,
  locale: string,
  value: (key: string) => string | undefined,
): Promise<LabelsSnapshot> {
  const credits = await tx.credit.findMany({
    where: { filmId, role: "cast" },
    orderBy: { position: "asc" },
    select: { id: true, character: true, person: { select: { name: true } }, translations: { where: { locale } } },
  });
  const awards = await tx.award.findMany({ where: { filmId }, orderBy: { position: "asc" }, include: { translations: true } });
  const snapshot: LabelsSnapshot = { characters: [], awards: [] };
  for (const credit of credits) {
    const character = value(`character.${credit.id}`) ?? credit.translations[0]?.character ?? "";
    if (character) {
      await tx.creditTranslation.upsert({
        where: { creditId_locale: { creditId: credit.id, locale } },
        create: { creditId: credit.id, locale, character },
        update: { character },
      });
    } else await tx.creditTranslation.deleteMany({ where: { creditId: credit.id, locale } });
    snapshot.characters.push({ actor: credit.person.name, original: credit.character ?? "", value: character });
  }
  for (const award of awards) {
    const own = award.translations.find((t) => t.locale === locale);
    const bodyName = value(`awardBody.${award.id}`) ?? own?.bodyName ?? "";
    const category = value(`awardCategory.${award.id}`) ?? own?.category ?? "";
    if (bodyName && category) {
      await tx.awardTranslation.upsert({
        where: { awardId_locale: { awardId: award.id, locale } },
        create: { awardId: award.id, locale, bodyName, category },
        update: { bodyName, category },
      });
    } else if (!bodyName && !category && locale !== "en") {
      await tx.awardTranslation.deleteMany({ where: { awardId: award.id, locale } });
    }
    const english = award.translations.find((t) => t.locale === "en")?.category ?? "";
    snapshot.awards.push({ body: award.body, year: award.year, category: english, bodyName, label: category });
  }
  return snapshot;
}

/** Field values that put a snapshot's labels back, matched to today's credits and awards by natural keys. */
export async function labelValuesFrom(tx: Prisma.TransactionClient, filmId: string, snapshot: LabelsSnapshot) {
  const credits = await tx.credit.findMany({
    where: { filmId, role: "cast" },
    select: { id: true, character: true, person: { select: { name: true } } },
  });
  const awards = await tx.award.findMany({ where: { filmId }, include: { translations: { where: { locale: "en" } } } });
  const values = new Map<string, string>();
  for (const credit of credits) {
    const saved = snapshot.characters.find((c) => c.actor === credit.person.name && c.original === (credit.character ?? ""));
    if (saved) values.set(`character.${credit.id}`, saved.value);
  }
  for (const award of awards) {
    const saved = snapshot.awards.find(
      (a) => a.body === award.body && a.year === award.year && a.category === (award.translations[0]?.category ?? ""),
    );
    if (saved) {
      values.set(`awardBody.${award.id}`, saved.bodyName);
      values.set(`awardCategory.${award.id}`, saved.label);
    }
  }
  return values;
}
