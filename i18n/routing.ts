import { defineRouting } from "next-intl/routing";

// The one list of locales. Adding a language is one entry here, one
// messages/<locale>.json file, and translations in the database.
export const routing = defineRouting({
  locales: ["en", "ja", "fr", "ar"],
  defaultLocale: "en",
  localePrefix: "always",
  // Remember the reader's choice for a year so `/` sends them back to it.
  localeCookie: { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
  // hreflang alternates come from the published translations (lib/site.ts),
  // not from the locale list, so the middleware's Link header is switched off.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];
