import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/i18n/routing";
import { defaultLocale, labelFor } from "@/lib/locales";

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
  return new Map(bodies.map((b) => [b.slug, labelFor(b.translations, locale)?.name ?? ""]));
}

/** What readers see for one award's body: the list's name in their language (or English); the key only if the body left the list. */
export function awardBodyLabel(body: string, names: Map<string, string>): string {
  return names.get(body) || body;
}

/** Selects an award's category name in `locale` and in English, for `awardCategoryLabel`. */
export const awardCategorySelect = (locale: Locale) => ({
  select: { translations: { where: { locale: { in: [locale, defaultLocale] } }, select: { locale: true, name: true } } },
});

/** What readers see for an award's category: its name in their language, else in English ("" when it has none). */
export function awardCategoryLabel(category: { translations: readonly { locale: string; name: string }[] } | null, locale: Locale): string {
  return labelFor(category?.translations ?? [], locale)?.name ?? "";
}

/** The key an award's category is resolved by: its body and the category as the form sent it. */
const categoryKey = (body: string, category: string) => `${body}\n${category.trim().toLowerCase()}`;

/**
 * The categories `awards` name, by body and by what the form sent: the
 * category's key, or its name in any locale (a facts revision from before the
 * lists recorded the English name). Reads only the bodies these awards name.
 */
export async function awardCategoryIds(
  client: Prisma.TransactionClient | typeof db,
  awards: readonly { body: string; category: string }[],
): Promise<(body: string, category: string) => string | null> {
  const bodies = [...new Set(awards.map((a) => a.body))];
  const found = new Map<string, string>();
  if (bodies.length > 0) {
    const categories = await client.awardCategory.findMany({
      where: { body: { slug: { in: bodies } } },
      select: { id: true, slug: true, body: { select: { slug: true } }, translations: { select: { name: true } } },
    });
    for (const c of categories) {
      // Names first, then keys: a key always wins over another category's name.
      for (const { name } of c.translations) found.set(categoryKey(c.body.slug, name), c.id);
    }
    for (const c of categories) found.set(categoryKey(c.body.slug, c.slug), c.id);
  }
  return (body, category) => found.get(categoryKey(body, category)) ?? null;
}
