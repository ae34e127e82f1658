import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LISTING_ORDER, listedWhere, personFilmsWhere } from "@/lib/listings";
import { decadeOf, localesPerPage, unionOf, type ListingRef, type PageRef } from "@/lib/pages";
import { publishedLocalesOf, publishedWhere } from "@/lib/reviews";
import type { Locale } from "@/i18n/routing";

// The sitemap in parts, each computed alone from indexed queries: the home
// pages, the genre pages, the year pages, then reviews and people in slices
// of a fixed number of films or people. A part's cost follows the URLs it
// lists; nothing builds the whole sitemap to cut one part out of it.
// Published locales follow the same rules as the pages (lib/listings.ts
// pageLocales): a review where its translation is live, a listing page where
// a film it shows is (lib/pages.ts localesPerPage).

/** At most 4 locales each: well under 10,000 URLs a file. */
export const FILMS_PER_PART = 2_000;
export const PEOPLE_PER_PART = 1_000;

export type SitemapPage = { ref: PageRef; locales: Locale[]; lastmod?: Partial<Record<Locale, Date>> };
export type SitemapPart = { kind: "home" | "genres" | "years" } | { kind: "reviews" | "people"; n: number };

export function partName(part: SitemapPart): string {
  return "n" in part ? `${part.kind}-${part.n}` : part.kind;
}

export function parsePartName(name: string): SitemapPart | null {
  if (name === "home" || name === "genres" || name === "years") return { kind: name };
  const match = name.match(/^(reviews|people)-(\d{1,5})$/);
  return match ? { kind: match[1] as "reviews" | "people", n: Number(match[2]) } : null;
}

const peopleWithReviews = (now: Date) =>
  ({
    OR: [{ credits: { some: { film: listedWhere(now) } } }, { awards: { some: { film: listedWhere(now) } } }],
  }) satisfies Prisma.PersonWhereInput;

/** Every part, from two counts. */
export async function sitemapParts(): Promise<SitemapPart[]> {
  const now = new Date();
  const [films, people] = await Promise.all([
    db.film.count({ where: listedWhere(now) }),
    db.person.count({ where: peopleWithReviews(now) }),
  ]);
  const slices = (kind: "reviews" | "people", count: number, size: number) =>
    Array.from({ length: Math.ceil(count / size) }, (_, n) => ({ kind, n }));
  return [{ kind: "home" }, { kind: "genres" }, { kind: "years" }, ...slices("reviews", films, FILMS_PER_PART), ...slices("people", people, PEOPLE_PER_PART)];
}

type Listed = { id: string; slug: string; year: number; listedAt: Date | null; locales: Locale[] };

/** Live films matching `where`, in listing order, each with its live locales: two queries, no bound lists. */
async function listedFilms(where: Prisma.FilmWhereInput, now: Date): Promise<Listed[]> {
  const [films, translations] = await Promise.all([
    db.film.findMany({ where, orderBy: LISTING_ORDER, select: { id: true, slug: true, year: true, listedAt: true } }),
    db.reviewTranslation.findMany({ where: { ...publishedWhere(now), film: where }, select: { filmId: true, locale: true } }),
  ]);
  const byFilm = groupInto(translations, (t) => [t.filmId]);
  return films.map((film) => ({ ...film, locales: publishedLocalesOf(byFilm.get(film.id) ?? []) }));
}

/** Every page of one listing, given its films in listing order. */
function listingPages(make: (page: number) => ListingRef, films: readonly Listed[]): SitemapPage[] {
  return localesPerPage(films).map((locales, i) => ({ ref: make(i + 1), locales }));
}

/** Rows grouped under each of their keys, keeping their order. */
function groupInto<T, K>(rows: readonly T[], keysOf: (row: T) => K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    for (const key of keysOf(row)) {
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
  }
  return groups;
}

/** A page listed only where it is published. */
const indexPage = (kind: "genres" | "years", films: readonly Listed[]): SitemapPage[] => {
  const locales = unionOf(films);
  return locales.length ? [{ ref: { kind }, locales }] : [];
};

export async function sitemapPages(part: SitemapPart): Promise<SitemapPage[]> {
  const now = new Date();
  switch (part.kind) {
    case "home": {
      const films = await listedFilms(listedWhere(now), now);
      return films.length ? listingPages((page) => ({ kind: "home", page }), films) : [];
    }
    case "years": {
      const films = await listedFilms(listedWhere(now), now);
      const decades = groupInto(films, (f) => [decadeOf(f.year)]);
      const years = groupInto(films, (f) => [f.year]);
      return [
        ...indexPage("years", films),
        ...[...decades].flatMap(([decade, list]) => listingPages((page) => ({ kind: "period", period: { decade }, page }), list)),
        ...[...years].flatMap(([year, list]) => listingPages((page) => ({ kind: "period", period: { year }, page }), list)),
      ];
    }
    case "genres": {
      const [films, memberships, vocabulary] = await Promise.all([
        listedFilms(listedWhere(now), now),
        db.filmGenre.findMany({ where: { film: listedWhere(now) }, select: { filmId: true, genreId: true } }),
        db.genre.findMany({ select: { id: true, slug: true } }),
      ]);
      const slugOf = new Map(vocabulary.map((g) => [g.id, g.slug]));
      const genresOf = groupInto(memberships, (m) => [m.filmId]);
      const genres = groupInto(films, (f) => (genresOf.get(f.id) ?? []).map((m) => slugOf.get(m.genreId)!));
      return [
        ...indexPage("genres", films),
        ...[...genres].flatMap(([slug, list]) => listingPages((page) => ({ kind: "genre", slug, page }), list)),
      ];
    }
    case "reviews": {
      const films = await db.film.findMany({
        where: listedWhere(now),
        orderBy: { slug: "asc" },
        skip: part.n * FILMS_PER_PART,
        take: FILMS_PER_PART,
        select: { id: true, slug: true },
      });
      if (!films.length) return [];
      const range = { gte: films[0]!.slug, lte: films.at(-1)!.slug };
      const translations = await db.reviewTranslation.findMany({
        where: { ...publishedWhere(now), film: { ...listedWhere(now), slug: range } },
        select: { filmId: true, locale: true, publishedAt: true },
      });
      const byFilm = groupInto(translations, (t) => [t.filmId]);
      return films.map((film) => {
        const live = byFilm.get(film.id) ?? [];
        const lastmod = Object.fromEntries(live.map((t) => [t.locale, t.publishedAt!])) as Partial<Record<Locale, Date>>;
        return { ref: { kind: "review", slug: film.slug }, locales: publishedLocalesOf(live), lastmod };
      });
    }
    case "people": {
      const people = await db.person.findMany({
        where: peopleWithReviews(now),
        orderBy: { slug: "asc" },
        skip: part.n * PEOPLE_PER_PART,
        take: PEOPLE_PER_PART,
        select: { id: true, slug: true },
      });
      if (!people.length) return [];
      const range = { gte: people[0]!.slug, lte: people.at(-1)!.slug };
      const inRange = { person: { slug: range }, film: listedWhere(now) };
      const [films, credits, awards] = await Promise.all([
        listedFilms({ ...listedWhere(now), ...personFilmsWhere(range) }, now),
        db.credit.findMany({ where: inRange, select: { filmId: true, personId: true } }),
        db.award.findMany({ where: inRange, select: { filmId: true, personId: true } }),
      ]);
      const peopleOf = groupInto([...credits, ...awards], (c) => [c.filmId]);
      const byPerson = groupInto(films, (f) => [...new Set((peopleOf.get(f.id) ?? []).map((c) => c.personId!))]);
      return people.flatMap((person) =>
        listingPages((page) => ({ kind: "person", slug: person.slug, page }), byPerson.get(person.id) ?? []),
      );
    }
  }
}
