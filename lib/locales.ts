import { hasLocale } from "next-intl";
import { routing, type Locale } from "@/i18n/routing";

export const locales: readonly Locale[] = routing.locales;
export const defaultLocale: Locale = routing.defaultLocale;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && hasLocale(routing.locales, value);
}

const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv"]);

/**
 * Answers per language tag, computed once: Intl builds its locale data anew
 * for each object (about 0.5 ms of every page, which names each locale's
 * direction and name in its header). Tags come from the locale list and the
 * films' languages, a bounded set; past MEMO_MAX the answer is not kept.
 */
function memoized<T>(compute: (tag: string) => T): (tag: string) => T {
  const known = new Map<string, T>();
  return (tag) => {
    let value = known.get(tag);
    if (value === undefined) {
      value = compute(tag);
      if (known.size < MEMO_MAX) known.set(tag, value);
    }
    return value;
  };
}
const MEMO_MAX = 1_000;

/** Writing direction of a language tag, so a new locale needs no code change. */
export const localeDirection = memoized((tag): "ltr" | "rtl" => {
  const info = new Intl.Locale(tag) as Intl.Locale & {
    textInfo?: { direction?: string };
    getTextInfo?: () => { direction?: string };
  };
  const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
  if (direction === "rtl" || direction === "ltr") return direction;
  return RTL_LANGUAGES.has(info.language) ? "rtl" : "ltr";
});

/**
 * A translated label in the reader's locale, else the default locale's, else any.
 * Labels (genres, characters, awards) are translated apart from the review text,
 * so they follow the reader even when the prose falls back to another language.
 */
export function labelFor<T extends { locale: string }>(rows: readonly T[], locale: Locale): T | undefined {
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === defaultLocale) ?? rows[0];
}

/** A language's name in that language ("日本語", "Français"), for the switcher. */
export const nativeLanguageName = memoized((tag) => {
  const name = new Intl.DisplayNames([tag], { type: "language" }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
});

/**
 * Which published translation a reader of `requested` gets: their own when it
 * exists, else the default locale's, else the film's source locale's, else any.
 * Returns null when nothing is published.
 */
export function resolveTextLocale(
  published: readonly string[],
  requested: Locale,
  sourceLocale: string = defaultLocale,
): { locale: Locale; isFallback: boolean } | null {
  const available = locales.filter((l) => published.includes(l));
  if (available.includes(requested)) return { locale: requested, isFallback: false };
  const fallback = [defaultLocale, sourceLocale, ...available].find((l): l is Locale => available.includes(l as Locale));
  return fallback ? { locale: fallback, isFallback: true } : null;
}
