import type { Principal } from "./roles";

/** Writes facts, trashes and restores films, uploads posters, and translates every locale: active editors and admins. */
export function canEdit(user: Principal): boolean {
  return !!user && !user.banned && (user.role === "editor" || user.role === "admin");
}

/** May sign in to the admin area at all: editors, admins, and translators. */
export function canUseAdmin(user: Principal): boolean {
  return canEdit(user) || (!!user && !user.banned && user.role === "translator");
}

/** The locales a translator works in, as stored; empty for anyone else. */
export function translatorLocalesOf(user: Principal): string[] {
  if (!user || user.role !== "translator") return [];
  const stored = user.translatorLocales ?? "";
  return (typeof stored === "string" ? stored.split(",") : [...stored]).map((l) => l.trim()).filter(Boolean);
}

/** Writes, publishes and restores the text of `locale`: editors and admins, or a translator given that locale. */
export function canTranslate(user: Principal, locale: string): boolean {
  return canEdit(user) || (canUseAdmin(user) && translatorLocalesOf(user).includes(locale));
}
