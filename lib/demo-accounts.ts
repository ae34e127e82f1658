// The demo accounts made on first start. The admin's address and password
// come from the environment when set; the defaults exist only so a fresh
// clone can be tried at once, and `npm start` prints them.
export function demoAccounts(env: Record<string, string | undefined> = process.env) {
  return [
    {
      role: "admin" as const,
      name: "Marquee Admin",
      email: env.MARQUEE_ADMIN_EMAIL || "admin@marquee.test",
      password: env.MARQUEE_ADMIN_PASSWORD || "marquee-admin-demo",
    },
    {
      role: "editor" as const,
      name: "Demo Editor",
      email: env.MARQUEE_EDITOR_EMAIL || "editor@marquee.test",
      password: env.MARQUEE_EDITOR_PASSWORD || "marquee-editor-demo",
    },
    {
      role: "translator" as const,
      name: "Demo Translator",
      email: env.MARQUEE_TRANSLATOR_EMAIL || "translator@marquee.test",
      password: env.MARQUEE_TRANSLATOR_PASSWORD || "marquee-translator-demo",
    },
  ] as const;
}

/** The demo translator's languages: Japanese only, to show what a translator may and may not do. */
export const DEMO_TRANSLATOR_LOCALES = "ja";
