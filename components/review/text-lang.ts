import { localeDirection } from "@/lib/locales";

/**
 * `lang`/`dir` attributes for text shown in a language other than the page's
 * (a fallback translation), and nothing when the languages match.
 */
export function textLangProps(textLocale: string, pageLocale: string): { lang?: string; dir?: "ltr" | "rtl" } {
  return textLocale === pageLocale ? {} : { lang: textLocale, dir: localeDirection(textLocale) };
}
