"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { localePath } from "@/i18n/paths";
import { isLocale } from "@/lib/locales";
import { auth } from "@/lib/auth/server";

/** Ends the session (deleted from the database, cookie cleared) and returns to sign-in. */
export async function signOut(_previous: null, form: FormData): Promise<null> {
  const locale = String(form.get("locale"));
  try {
    await auth.api.signOut({ headers: await headers() });
  } catch {
    // No session to end: the outcome the reader wanted anyway.
  }
  redirect(localePath(isLocale(locale) ? locale : "en", "/admin/sign-in"));
}
