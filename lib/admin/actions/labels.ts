"use server";

import { assertEditor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { FAILED, NOT_ALLOWED, echoValues, type ActionResult } from "@/lib/admin/action-result";
import { revalidateFilm } from "@/lib/editorial/revalidate";
import { isLocale } from "@/lib/locales";
import { slugSchema } from "@/lib/validations/slug";

const LABEL_MAX = 200;

/**
 * Saves one locale's character names and award labels. An empty field removes
 * that locale's label, so readers fall back to the original.
 */
export async function saveFilmLabels(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  try {
    await assertEditor();
  } catch {
    return NOT_ALLOWED;
  }
  const values = echoValues(form);
  const slug = slugSchema.safeParse(form.get("slug"));
  const locale = String(form.get("locale"));
  if (!slug.success || !isLocale(locale)) return FAILED;
  const tooLong = Object.entries(values).find(([key, value]) => /^(character|awardBody|awardCategory)\./.test(key) && value.length > LABEL_MAX);
  if (tooLong) return { ok: false, fieldErrors: { [tooLong[0]]: { key: "tooLong", values: { max: LABEL_MAX } } }, values };

  const film = await db.film.findFirst({
    where: { slug: slug.data, deletedAt: null },
    select: { credits: { where: { role: "cast" }, select: { id: true } }, awards: { select: { id: true } } },
  });
  if (!film) return FAILED;
  const text = (key: string) => String(form.get(key) ?? "").trim();
  await db.$transaction(async (tx) => {
    for (const { id } of film.credits) {
      const character = text(`character.${id}`);
      const where = { creditId_locale: { creditId: id, locale } };
      if (character) await tx.creditTranslation.upsert({ where, create: { creditId: id, locale, character }, update: { character } });
      else await tx.creditTranslation.deleteMany({ where: { creditId: id, locale } });
    }
    for (const { id } of film.awards) {
      const bodyName = text(`awardBody.${id}`);
      const category = text(`awardCategory.${id}`);
      const where = { awardId_locale: { awardId: id, locale } };
      if (bodyName && category) await tx.awardTranslation.upsert({ where, create: { awardId: id, locale, bodyName, category }, update: { bodyName, category } });
      else if (!bodyName && !category) await tx.awardTranslation.deleteMany({ where: { awardId: id, locale } });
    }
  });
  revalidateFilm(slug.data);
  return { ok: true, message: "labels.saved" };
}
