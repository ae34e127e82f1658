import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { canEdit } from "@/lib/access/can-edit";
import { canManageAccounts } from "@/lib/access/can-manage-accounts";
import { db } from "@/lib/db";
import { DatabaseUnavailableError } from "@/lib/db-errors";
import { auth } from "./server";

export type Editor = { id: string; name: string; email: string; role: string };

/** The signed-in, active editor of this request, or null. Read from the database every time. */
export const currentEditor = cache(async (): Promise<Editor | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  const user = session?.user as (Editor & { banned?: boolean | null }) | undefined;
  if (!user || !canEdit(user)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** For admin pages: the editor, or a redirect to sign-in that comes back here afterwards. */
export async function requireEditor(locale: Locale, returnTo: string): Promise<Editor> {
  const editor = await currentEditor();
  if (!editor) {
    redirect(`${localePath(locale, "/admin/sign-in")}?next=${encodeURIComponent(returnTo)}`);
  }
  return editor;
}

/** For account management: an admin, else sign-in (anonymous) or the reviews list (editors). */
export async function requireAdmin(locale: Locale, returnTo: string): Promise<Editor> {
  const editor = await requireEditor(locale, returnTo);
  if (!canManageAccounts(editor)) redirect(localePath(locale, "/admin"));
  return editor;
}

/** For server actions: throws instead of redirecting, so a direct call without a session does nothing. */
export async function assertEditor(): Promise<Editor> {
  const editor = await currentEditor();
  if (!editor) {
    // No editor may also mean no database to ask: say which, so a save while
    // the database is down reads "try again", not "not allowed".
    await db.$queryRaw`SELECT 1`.catch((error: unknown) => {
      throw new DatabaseUnavailableError(error);
    });
    throw new UnauthorizedError();
  }
  return editor;
}

export async function assertAdmin(): Promise<Editor> {
  const editor = await assertEditor();
  if (!canManageAccounts(editor)) throw new UnauthorizedError();
  return editor;
}

export class UnauthorizedError extends Error {
  constructor() {
    super("Not signed in as an editor with the right role");
    this.name = "UnauthorizedError";
  }
}
