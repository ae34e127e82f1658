import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { canEdit, canUseAdmin, translatorLocalesOf } from "@/lib/access/can-edit";
import { canManageAccounts } from "@/lib/access/can-manage-accounts";
import { db } from "@/lib/db";
import { DatabaseUnavailableError } from "@/lib/db-errors";
import { auth } from "./server";

export type Editor = {
  id: string;
  name: string;
  email: string;
  role: string;
  /** A translator's locales; empty for editors and admins, who work in all of them. */
  translatorLocales: string[];
};

/**
 * The signed-in, active account of this request that may use the admin area
 * (translator, editor or admin), or null. Read from the database every time.
 */
export const currentAccount = cache(async (): Promise<Editor | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  const user = session?.user as (Omit<Editor, "translatorLocales"> & { banned?: boolean | null }) | undefined;
  if (!user || !canUseAdmin(user)) return null;
  // better-auth's session knows the role, not the locales: one read by key, for translators only.
  const stored =
    user.role === "translator"
      ? ((await db.user.findUnique({ where: { id: user.id }, select: { translatorLocales: true } }))?.translatorLocales ?? "")
      : "";
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    translatorLocales: translatorLocalesOf({ role: user.role, translatorLocales: stored }),
  };
});

/** The signed-in editor or admin (who may change facts and every locale), or null. */
export const currentEditor = cache(async (): Promise<Editor | null> => {
  const account = await currentAccount();
  return account && canEdit(account) ? account : null;
});

/** For admin pages any account may see: the account, or a redirect to sign-in that comes back here afterwards. */
export async function requireAccount(locale: Locale, returnTo: string): Promise<Editor> {
  const account = await currentAccount();
  if (!account) {
    redirect(`${localePath(locale, "/admin/sign-in")}?next=${encodeURIComponent(returnTo)}`);
  }
  return account;
}

/** For editors' pages (facts, new film, trash): an editor, else sign-in (anonymous) or the reviews list (translators). */
export async function requireEditor(locale: Locale, returnTo: string): Promise<Editor> {
  const account = await requireAccount(locale, returnTo);
  if (!canEdit(account)) redirect(localePath(locale, "/admin"));
  return account;
}

/** For account management: an admin, else sign-in (anonymous) or the reviews list (editors). */
export async function requireAdmin(locale: Locale, returnTo: string): Promise<Editor> {
  const editor = await requireEditor(locale, returnTo);
  if (!canManageAccounts(editor)) redirect(localePath(locale, "/admin"));
  return editor;
}

/**
 * For server actions any admin account may call (translations, history, its
 * own profile): throws instead of redirecting, so a direct call without a
 * session does nothing. The action then checks the locale it writes.
 */
export async function assertAccount(): Promise<Editor> {
  const account = await currentAccount();
  if (!account) {
    // No account may also mean no database to ask: say which, so a save while
    // the database is down reads "try again", not "not allowed".
    await db.$queryRaw`SELECT 1`.catch((error: unknown) => {
      throw new DatabaseUnavailableError(error);
    });
    throw new UnauthorizedError();
  }
  return account;
}

/** For actions on facts, films and posters: an editor or admin. */
export async function assertEditor(): Promise<Editor> {
  const account = await assertAccount();
  if (!canEdit(account)) throw new UnauthorizedError();
  return account;
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
