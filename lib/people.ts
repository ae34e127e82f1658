import { cache } from "react";
import { awardBodyLabel, awardBodyNames, awardCategoryLabel, awardCategorySelect } from "@/lib/award-bodies";
import { db } from "@/lib/db";
import { defaultLocale } from "@/lib/locales";
import { labelFor } from "@/lib/locales";
import { localizedName, personSelect } from "@/lib/reviews";
import { sameAsLinks } from "@/lib/seo/same-as";
import type { Locale } from "@/i18n/routing";

// Reads for the genre, year and people pages: names in the reader's locale and
// a person's part in each film. Which films a page lists is lib/pages.ts's call.

/** Every genre (a short, fixed vocabulary) with its name in `locale` (else English, else its slug), keyed by slug. */
export const genreNames = cache(async (locale: Locale): Promise<Map<string, { id: string; name: string }>> => {
  const genres = await db.genre.findMany({
    select: {
      id: true,
      slug: true,
      translations: { where: { locale: { in: [locale, defaultLocale] } }, select: { locale: true, name: true } },
    },
  });
  return new Map(genres.map((g) => [g.slug, { id: g.id, name: labelFor(g.translations, locale)?.name ?? g.slug }]));
});

/** A person as named in `locale` (the localized form, e.g. katakana) and as credited. */
export const getPerson = cache(async (slug: string, locale: Locale) => {
  const person = await db.person.findUnique({ where: { slug }, select: { ...personSelect(locale), wikidataId: true, imdbId: true } });
  if (!person) return null;
  return { slug: person.slug, name: localizedName(person), credited: person.name, sameAs: sameAsLinks(person, "name") };
});

export type PersonRole =
  | { kind: "director" | "writer" | "source_author" | "composer" }
  | { kind: "cast"; character: string }
  | { kind: "award"; won: boolean; body: string; category: string; year: number };

/** What a person did on each of the given films, in credit order, labels in `locale`. */
export async function personRoles(personSlug: string, filmSlugs: readonly string[], locale: Locale) {
  const filter = { person: { slug: personSlug }, film: { slug: { in: [...filmSlugs] } } };
  const [credits, awards] = await Promise.all([
    db.credit.findMany({
      where: filter,
      orderBy: [{ role: "asc" }, { position: "asc" }],
      select: {
        role: true,
        character: true,
        film: { select: { slug: true } },
        translations: { where: { locale }, select: { character: true } },
      },
    }),
    db.award.findMany({
      where: filter,
      orderBy: [{ year: "asc" }, { position: "asc" }],
      select: {
        body: true,
        year: true,
        result: true,
        film: { select: { slug: true } },
        category: awardCategorySelect(locale),
      },
    }),
  ]);
  const roles = new Map<string, PersonRole[]>();
  const add = (slug: string, role: PersonRole) => roles.set(slug, [...(roles.get(slug) ?? []), role]);
  for (const c of credits) {
    if (c.role === "cast") add(c.film.slug, { kind: "cast", character: c.translations[0]?.character ?? c.character ?? "" });
    else if (c.role === "director" || c.role === "writer" || c.role === "source_author" || c.role === "composer") {
      add(c.film.slug, { kind: c.role });
    }
  }
  const bodyNames = await awardBodyNames(
    awards.map((a) => a.body),
    locale,
  );
  for (const a of awards) {
    const body = awardBodyLabel(a.body, bodyNames);
    add(a.film.slug, { kind: "award", won: a.result === "won", body, category: awardCategoryLabel(a.category, locale), year: a.year });
  }
  // The awarding bodies named, so the page can be tagged with them (renaming one refreshes it).
  return { roles, awardBodies: [...new Set(awards.map((a) => a.body))] };
}
