import { cache } from "react";
import { db } from "@/lib/db";
import { isLocale, locales } from "@/lib/locales";
import { publishedLocales, type PageRef } from "@/lib/pages";
import { publishedWhere } from "@/lib/reviews";
import type { Locale } from "@/i18n/routing";

// What readers can reach, in one small structure: every film with a live
// translation, the genres and people it is listed under, and when it was
// published in each locale. Listing pages, their pagination, the published
// locales of every page (lib/pages.ts) and the sitemap are all computed from it.

export type CatalogFilm = {
  slug: string;
  year: number;
  /** The locale other translations are made from: the fallback after the default locale. */
  sourceLocale: string;
  genres: string[];
  /** Slugs of everyone credited or named in an award. */
  people: string[];
  /** When each locale's translation went live. */
  published: Partial<Record<Locale, Date>>;
  /** Locales with a live translation, in locale-list order. */
  locales: Locale[];
  /** The film's first publication in any locale: the one order every list uses. */
  firstPublished: Date;
};

export type Catalog = { films: CatalogFilm[] };

/** Newest first; the slug breaks ties so page boundaries never shift between renders. */
export function byFirstPublished(a: CatalogFilm, b: CatalogFilm): number {
  return b.firstPublished.getTime() - a.firstPublished.getTime() || a.slug.localeCompare(b.slug);
}

export const loadCatalog = cache(async (now: Date = new Date()): Promise<Catalog> => {
  const rows = await db.film.findMany({
    where: { deletedAt: null, translations: { some: publishedWhere(now) } },
    select: {
      slug: true,
      year: true,
      sourceLocale: true,
      genres: { select: { genre: { select: { slug: true } } } },
      credits: { select: { person: { select: { slug: true } } } },
      awards: { where: { personId: { not: null } }, select: { person: { select: { slug: true } } } },
      translations: { where: publishedWhere(now), select: { locale: true, publishedAt: true } },
    },
  });
  const films = rows.map((row): CatalogFilm => {
    const published: Partial<Record<Locale, Date>> = {};
    for (const t of row.translations) if (isLocale(t.locale) && t.publishedAt) published[t.locale] = t.publishedAt;
    const dates = Object.values(published).map((d) => d.getTime());
    const people = [...row.credits, ...row.awards].flatMap((c) => (c.person ? [c.person.slug] : []));
    return {
      slug: row.slug,
      year: row.year,
      sourceLocale: row.sourceLocale,
      genres: row.genres.map((g) => g.genre.slug),
      people: [...new Set(people)],
      published,
      locales: locales.filter((l) => l in published),
      firstPublished: new Date(Math.min(...dates)),
    };
  });
  return { films: films.filter((f) => f.locales.length > 0).sort(byFirstPublished) };
});

/** The published locales of one page (lib/pages.ts publishedLocales), for the page rendering it. */
export async function pageLocales(ref: PageRef): Promise<Locale[]> {
  return publishedLocales(await loadCatalog(), ref);
}
