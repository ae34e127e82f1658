import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";

/** A post-sign-in destination inside this locale's admin, never another site. */
export function safeReturnPath(value: string | string[] | undefined, locale: Locale): string {
  const fallback = localePath(locale, "/admin");
  if (typeof value !== "string") return fallback;
  return value.startsWith(`${localePath(locale, "/admin")}`) && !value.startsWith("//") && !value.includes("\\") ? value : fallback;
}
