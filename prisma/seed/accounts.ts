import { auth } from "@/lib/auth/server";
import { db } from "@/lib/db";
import { DEMO_TRANSLATOR_LOCALES, demoAccounts } from "@/lib/demo-accounts";

/** Creates the demo admin, editor and translator through better-auth, unless an account with that address exists. */
export async function seedAccounts() {
  for (const account of demoAccounts()) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing) continue;
    // Called on the server without a session, the admin plugin's createUser is
    // allowed: this is how the first admin of a deployment comes to exist.
    const { user } = await auth.api.createUser({ body: { ...account } });
    if (account.role === "translator") await db.user.update({ where: { id: user.id }, data: { translatorLocales: DEMO_TRANSLATOR_LOCALES } });
  }
}
