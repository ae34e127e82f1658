import type { Locale } from "./routing";

/**
 * The URL path of a page in a locale: "/reviews/drive" → "/ja/reviews/drive".
 *
 * This is what next-intl's getPathname returns for our routing (every locale
 * prefixed, no localized pathnames); tests/paths.test.ts holds the two to the
 * same answers. It exists because importing i18n/navigation into server
 * components pulls next-intl's client Link into every page's bundle.
 */
export function localePath(locale: Locale, href: string): string {
  return href === "/" ? `/${locale}` : `/${locale}${href}`;
}
