import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { adminAc, userAc } from "better-auth/plugins/admin/access";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/site";
import { authSecret } from "./secret";

/** Sign-in attempts allowed per client address per window (see README). */
export const SIGN_IN_LIMIT = { window: 60, max: 5 };

export const auth = betterAuth({
  baseURL: siteUrl().origin,
  secret: authSecret(),
  database: prismaAdapter(db, { provider: "sqlite" }),
  telemetry: { enabled: false },
  // Accounts are made by admins, never by sign-up.
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
  session: {
    // Every request reads the session from the database, so disabling an
    // account or signing out takes effect at once on every instance.
    cookieCache: { enabled: false },
  },
  rateLimit: {
    enabled: true,
    storage: "database",
    customRules: { "/sign-in/email": SIGN_IN_LIMIT },
  },
  advanced: {
    useSecureCookies: process.env.NODE_ENV === "production" && process.env.MARQUEE_INSECURE_COOKIES !== "1",
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  plugins: [
    admin({
      // Editors get no user-management permissions; admins get all of them.
      roles: { admin: adminAc, editor: userAc, translator: userAc },
      defaultRole: "editor",
      adminRoles: ["admin"],
    }),
    nextCookies(),
  ],
});
