import { notFound, permanentRedirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { localePath } from "@/i18n/paths";
import { routing, type Locale } from "@/i18n/routing";
import { parsePageSegments } from "@/lib/pages";
import { parseSlugParam } from "@/lib/validations/slug";

// Route parameters as typed values, or the localized 404 for anything a
// visitor could type that is not one: never an exception, never a query.

export function localeParam(value: string): Locale {
  if (!hasLocale(routing.locales, value)) notFound();
  return value;
}

export function slugParam(value: string): string {
  return parseSlugParam(value) ?? notFound();
}

/** The page number of an optional `/page/n` suffix ([[...page]] segments). */
export function pageParam(segments: string[] | undefined): number {
  return parsePageSegments(segments) ?? notFound();
}

/** `/page/1` is not an address of its own: send it to the listing's first page. */
export function redirectPageOne(locale: Locale, segments: string[] | undefined, firstPage: string): void {
  if (segments?.length && parsePageSegments(segments) === 1) permanentRedirect(localePath(locale, firstPage));
}
