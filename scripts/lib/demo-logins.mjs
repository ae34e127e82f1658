// What `npm start` prints about the demo accounts. The addresses and default
// passwords mirror lib/demo-accounts.ts (tests/demo-accounts.test.ts keeps
// the two equal); a password set through the environment is never printed.
/** @param {Record<string, string | undefined>} [env] */
export function demoLogins(env = process.env) {
  return [
    ["admin", env.MARQUEE_ADMIN_EMAIL || "admin@marquee.test", env.MARQUEE_ADMIN_PASSWORD ? null : "marquee-admin-demo"],
    ["editor", env.MARQUEE_EDITOR_EMAIL || "editor@marquee.test", env.MARQUEE_EDITOR_PASSWORD ? null : "marquee-editor-demo"],
    ["translator", env.MARQUEE_TRANSLATOR_EMAIL || "translator@marquee.test", env.MARQUEE_TRANSLATOR_PASSWORD ? null : "marquee-translator-demo"],
  ].map(([role, email, password]) => `Demo ${role}: ${email} / ${password ?? "(the password from the environment)"}`);
}
