"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { localePath } from "@/i18n/paths";
import { assertAdmin, assertEditor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { FAILED, NOT_ALLOWED, type ActionResult } from "@/lib/admin/action-result";
import { filmPlaces, recordFilmChange } from "@/lib/editorial/film-change";
import { editorialTransaction } from "@/lib/editorial/transaction";
import { refreshAfterWrite } from "@/lib/editorial/revalidate";
import { isLocale } from "@/lib/locales";
import { slugSchema } from "@/lib/validations/slug";

// The trash: deleting a film only hides it, with its translations and
// revisions intact, until an admin empties the trash.

async function allowed(check: () => Promise<unknown>) {
  try {
    await check();
    return true;
  } catch {
    return false;
  }
}

function uiLocaleOf(form: FormData) {
  const locale = String(form.get("uiLocale"));
  return isLocale(locale) ? locale : "en";
}

/** Moves a film into the trash or out of it; the tags to revalidate, or null when there was nothing to move. */
async function setTrashed(slug: string, trashed: boolean): Promise<string[] | null> {
  return editorialTransaction(async (tx) => {
    const film = await tx.film.findFirst({ where: { slug, deletedAt: trashed ? null : { not: null } }, select: { id: true } });
    if (!film) return null;
    const before = await filmPlaces(tx, film.id);
    await tx.film.update({ where: { id: film.id }, data: { deletedAt: trashed ? new Date() : null } });
    return recordFilmChange(tx, film.id, before);
  });
}

export async function moveToTrash(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  if (!(await allowed(assertEditor))) return NOT_ALLOWED;
  const slug = slugSchema.safeParse(form.get("slug"));
  if (!slug.success) return FAILED;
  const tags = await setTrashed(slug.data, true);
  if (!tags) return FAILED;
  refreshAfterWrite(tags);
  redirect(localePath(uiLocaleOf(form), "/admin/trash"));
}

export async function restoreFromTrash(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  if (!(await allowed(assertEditor))) return NOT_ALLOWED;
  const slug = slugSchema.safeParse(form.get("slug"));
  if (!slug.success) return FAILED;
  const tags = await setTrashed(slug.data, false);
  if (!tags) return FAILED;
  refreshAfterWrite(tags);
  // Back on the film's own page: its row leaves the trash list, and the editor sees it whole again.
  redirect(localePath(uiLocaleOf(form), `/admin/films/${slug.data}`));
}

export async function emptyTrash(_previous: ActionResult | null, _form: FormData): Promise<ActionResult> {
  if (!(await allowed(assertAdmin))) return NOT_ALLOWED;
  // Translations, credits, awards and revisions go with their film (cascade).
  // Readers stopped seeing these films when they were trashed: no page changes.
  const { count } = await db.film.deleteMany({ where: { deletedAt: { not: null } } });
  // The trash page itself shows the change.
  revalidatePath("/[locale]/admin/trash", "page");
  return { ok: true, message: "trash.emptied", messageValues: { count: String(count) } };
}
