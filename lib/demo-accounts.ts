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
  ] as const;
}
