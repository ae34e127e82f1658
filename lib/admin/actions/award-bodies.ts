"use server";

import { revalidatePath } from "next/cache";
import { assertAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { awardBodyTag } from "@/lib/award-bodies";
import { FAILED, echoValues, failure, refusal, type ActionResult } from "@/lib/admin/action-result";
import { revalidateTags } from "@/lib/editorial/revalidate";
import { locales } from "@/lib/locales";
import { awardBodySchema, mergeAwardBodySchema } from "@/lib/validations/award-body";
import { zodFieldErrors } from "@/lib/validations/field-errors";

// The list of awarding bodies: admins keep it, editors pick from it. Each
// action checks the session and role itself.

const refreshList = () => revalidatePath("/[locale]/admin/award-bodies", "page");

/** Adds a body or renames it in any locale; the reviews and people pages naming it are refreshed. */
export async function saveAwardBody(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  try {
    await assertAdmin();
  } catch (error) {
    return refusal(error);
  }
  const values = echoValues(form);
  const parsed = awardBodySchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), values };
  const { slug, isNew, ...names } = parsed.data;
  try {
    const outcome = await db.$transaction(async (tx) => {
      const existing = await tx.awardBody.findUnique({ where: { slug }, select: { id: true } });
      if (isNew && existing) return "taken" as const;
      if (!isNew && !existing) return "missing" as const;
      const body = existing ?? (await tx.awardBody.create({ data: { slug }, select: { id: true } }));
      for (const locale of locales) {
        const name = names[`name_${locale}`];
        if (name) {
          await tx.awardBodyTranslation.upsert({
            where: { bodyId_locale: { bodyId: body.id, locale } },
            create: { bodyId: body.id, locale, name },
            update: { name },
          });
        } else await tx.awardBodyTranslation.deleteMany({ where: { bodyId: body.id, locale } });
      }
      return "saved" as const;
    });
    if (outcome === "taken") return { ok: false, fieldErrors: { slug: { key: "awardBodyTaken" } }, values };
    if (outcome === "missing") return { ...FAILED, values };
  } catch (error) {
    return failure(error, values);
  }
  revalidateTags([awardBodyTag(slug)]);
  refreshList();
  return { ok: true, message: isNew ? "awardBodies.added" : "awardBodies.saved", messageValues: { name: names.name_en } };
}

/** Moves every award of one body to another (a duplicate entry, a renamed festival) and removes the first. */
export async function mergeAwardBody(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  try {
    await assertAdmin();
  } catch (error) {
    return refusal(error);
  }
  const parsed = mergeAwardBodySchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  const { from, into } = parsed.data;
  try {
    const moved = await db.$transaction(async (tx) => {
      const both = await tx.awardBody.findMany({ where: { slug: { in: [from, into] } }, select: { slug: true } });
      if (both.length !== 2) return null;
      const { count } = await tx.award.updateMany({ where: { body: from }, data: { body: into } });
      await tx.awardBody.delete({ where: { slug: from } });
      return count;
    });
    if (moved === null) return FAILED;
    revalidateTags([awardBodyTag(from), awardBodyTag(into)]);
    refreshList();
    return { ok: true, message: "awardBodies.merged", messageValues: { from, into, count: String(moved) } };
  } catch (error) {
    return failure(error);
  }
}
