import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/i18n/routing";
import { defaultLocale } from "@/lib/locales";

/**
 * The awarding bodies' names in `locale` (English when not translated yet),
 * for the bodies in `slugs`: the few one page's awards name, never the list.
 */
export async function awardBodyNames(
  slugs: readonly string[],
  locale: Locale,
  client: Prisma.TransactionClient | typeof db = db,
): Promise<Map<string, string>> {
  const wanted = [...new Set(slugs)];
  if (wanted.length === 0) return new Map();
  const bodies = await client.awardBody.findMany({
    where: { slug: { in: wanted } },
    select: { slug: true, translations: { where: { locale: { in: [locale, defaultLocale] } }, select: { locale: true, name: true } } },
  });
  return new Map(
    bodies.map((b) => [
      b.slug,
      (b.translations.find((t) => t.locale === locale) ?? b.translations.find((t) => t.locale === defaultLocale))?.name ?? "",
    ]),
  );
}

/**
 * What readers see for one award's body: a translator's name for this award
 * in this locale if there is one, else the list's name, else (rows older than
 * the list) the award's English label. Never the bare slug unless nothing else exists.
 */
export function awardBodyLabel(
  award: { body: string; translations: readonly { locale: string; bodyName: string }[] },
  names: Map<string, string>,
  locale: Locale,
): string {
  const own = award.translations.find((t) => t.locale === locale)?.bodyName;
  const english = award.translations.find((t) => t.locale === defaultLocale)?.bodyName;
  return own || names.get(award.body) || (english !== award.body ? english : "") || award.body;
}
