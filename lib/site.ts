import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";
import { defaultLocale } from "@/lib/locales";

/** The public origin, for absolute canonical and alternate links. */
export function siteUrl(): URL {
  return new URL(process.env.MARQUEE_SITE_URL || `http://localhost:${process.env.PORT || 3000}`);
}

/** Canonical and hreflang links for a page published in `published` locales. */
export function alternatesFor(path: string, locale: Locale, published: readonly Locale[]) {
  const href = (l: Locale) => localePath(l, path);
  const xDefault = published.includes(defaultLocale) ? defaultLocale : published[0];
  return {
    // A page showing another language's text points search engines at that original.
    canonical: href(published.includes(locale) ? locale : (xDefault ?? locale)),
    languages: {
      ...Object.fromEntries(published.map((l) => [l, href(l)])),
      ...(xDefault ? { "x-default": href(xDefault) } : {}),
    },
  };
}
