// The roles, least first. Kept apart from the auth library so predicates and
// tests need no running server. A translator writes and publishes
// translations in their own locales only; an editor does everything with
// reviews; an admin also keeps accounts and lists.
export const ROLES = ["translator", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type Principal =
  | {
      role?: string | null;
      banned?: boolean | null;
      /** A translator's locales ("ja,fr" as stored, or already split). */
      translatorLocales?: string | readonly string[] | null;
    }
  | null
  | undefined;
