"use server";

import { revalidatePath } from "next/cache";
import { assertAdmin } from "@/lib/auth/session";
import { FAILED, echoValues, failure, refusal, type ActionResult } from "@/lib/admin/action-result";
import { revalidateTags } from "@/lib/editorial/revalidate";
import { editorialTransaction } from "@/lib/editorial/transaction";
import { locales } from "@/lib/locales";
import { listStore, type ListKind } from "@/lib/managed-lists";
import { LIST_MESSAGES, listEntrySchema, mergeEntriesSchema } from "@/lib/validations/list-entry";
import { zodFieldErrors } from "@/lib/validations/field-errors";

// The managed lists (awarding bodies, their categories, genres): admins keep them, editors pick
// from them. Each action checks the session and role itself; the lists differ
// only in their store (lib/managed-lists.ts) and their messages.

/** Adds an entry or renames it in any locale; the pages that show its name are refreshed. */
async function saveEntry(kind: ListKind, form: FormData): Promise<ActionResult> {
  try {
    await assertAdmin();
  } catch (error) {
    return refusal(error);
  }
  const values = echoValues(form);
  const parsed = listEntrySchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), values };
  const { slug, isNew, scope, ...names } = parsed.data;
  const store = listStore(kind);
  try {
    const outcome = await editorialTransaction(async (tx) => {
      const existing = await store.find(tx, slug, scope);
      if (isNew && existing) return "taken" as const;
      if (!isNew && !existing) return "missing" as const;
      const entry = existing ?? (await store.create(tx, slug, scope));
      if (!entry) return "missing" as const;
      for (const locale of locales) await store.name(tx, entry.id, locale, names[`name_${locale}`] || null);
      return "saved" as const;
    });
    if (outcome === "taken") return { ok: false, fieldErrors: { slug: { key: "entryTaken" } }, values };
    if (outcome === "missing") return { ...FAILED, values };
  } catch (error) {
    return failure(error, values);
  }
  revalidateTags(store.renamed(slug, scope));
  revalidateListPage(kind);
  return { ok: true, message: `${LIST_MESSAGES[kind]}.${isNew ? "added" : "saved"}`, messageValues: { name: names.name_en } };
}

/** Moves everything filed under one entry to another (a duplicate, a renamed festival) and removes the first. */
async function mergeEntries(kind: ListKind, form: FormData): Promise<ActionResult> {
  try {
    await assertAdmin();
  } catch (error) {
    return refusal(error);
  }
  const parsed = mergeEntriesSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  const { from, into, scope } = parsed.data;
  const store = listStore(kind);
  try {
    const moved = await editorialTransaction(async (tx) => {
      const [source, target] = [await store.find(tx, from, scope), await store.find(tx, into, scope)];
      return source && target ? store.merge(tx, source, target) : null;
    });
    if (moved === null) return FAILED;
    revalidateTags(store.merged(from, into, scope));
    revalidateListPage(kind);
    return { ok: true, message: `${LIST_MESSAGES[kind]}.merged`, messageValues: { from, into, count: String(moved) } };
  } catch (error) {
    return failure(error);
  }
}

/** The admin page of the list (a body's categories live under the bodies' page, whose counts they change). */
function revalidateListPage(kind: ListKind) {
  revalidatePath(kind === "award-categories" ? "/[locale]/admin/award-bodies" : `/[locale]/admin/${kind}`, "layout");
}

export async function saveAwardBody(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return saveEntry("award-bodies", form);
}

export async function mergeAwardBody(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return mergeEntries("award-bodies", form);
}

export async function saveAwardCategory(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return saveEntry("award-categories", form);
}

export async function mergeAwardCategory(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return mergeEntries("award-categories", form);
}

export async function saveGenre(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return saveEntry("genres", form);
}

export async function mergeGenre(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return mergeEntries("genres", form);
}
