"use server";

import { redirect } from "next/navigation";
import { localePath } from "@/i18n/paths";
import { assertAdmin, assertEditor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { FAILED, NOT_ALLOWED, type ActionResult } from "@/lib/admin/action-result";
import { revalidateReaderPages } from "@/lib/editorial/revalidate";
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

export async function moveToTrash(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  if (!(await allowed(assertEditor))) return NOT_ALLOWED;
  const slug = slugSchema.safeParse(form.get("slug"));
  if (!slug.success) return FAILED;
  const { count } = await db.film.updateMany({ where: { slug: slug.data, deletedAt: null }, data: { deletedAt: new Date() } });
  if (count === 0) return FAILED;
  revalidateReaderPages();
  redirect(localePath(uiLocaleOf(form), "/admin/trash"));
}

export async function restoreFromTrash(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  if (!(await allowed(assertEditor))) return NOT_ALLOWED;
  const slug = slugSchema.safeParse(form.get("slug"));
  if (!slug.success) return FAILED;
  const { count } = await db.film.updateMany({ where: { slug: slug.data, deletedAt: { not: null } }, data: { deletedAt: null } });
  if (count === 0) return FAILED;
  revalidateReaderPages();
  // Back on the film's own page: its row leaves the trash list, and the editor sees it whole again.
  redirect(localePath(uiLocaleOf(form), `/admin/films/${slug.data}`));
}

export async function emptyTrash(_previous: ActionResult | null, _form: FormData): Promise<ActionResult> {
  if (!(await allowed(assertAdmin))) return NOT_ALLOWED;
  const trashed = await db.film.findMany({ where: { deletedAt: { not: null } }, select: { id: true } });
  // Translations, credits, awards and revisions go with their film (cascade).
  await db.film.deleteMany({ where: { id: { in: trashed.map((f) => f.id) } } });
  if (trashed.length) revalidateReaderPages();
  return { ok: true, message: "trash.emptied", messageValues: { count: String(trashed.length) } };
}
