import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { listedSql, listedWhere } from "@/lib/listings";
import { decadeOf, localesPerPage, unionOf, type ListingRef, type PageRef } from "@/lib/pages";
import { locales } from "@/lib/locales";
import { publishedLocalesOf } from "@/lib/reviews";
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

/** Every part, from two counts. People are sliced over all people in slug order (a part may hold none with reviews), which keeps each slice one index range. */
export async function sitemapParts(): Promise<SitemapPart[]> {
  const [films, people] = await Promise.all([db.film.count({ where: listedWhere(new Date()) }), db.person.count()]);
  const slices = (kind: "reviews" | "people", count: number, size: number) =>
    Array.from({ length: Math.ceil(count / size) }, (_, n) => ({ kind, n }));
  return [{ kind: "home" }, { kind: "genres" }, { kind: "years" }, ...slices("reviews", films, FILMS_PER_PART), ...slices("people", people, PEOPLE_PER_PART)];
}

type Listed = { id: string; slug: string; year: number; locales: Locale[] };

// The reads below are SQL joins written here (standard SQL, quoted
// identifiers): each part reads thousands of rows, which Prisma would either
// fetch through correlated EXISTS per row or bind as IN lists of ids.

/**
 * Live films matching `filter` (on alias f), in listing order, each with its
 * live locales: one row per film, the locales summed up as bits (locale i is
 * 2^i) so the database, not this process, does the grouping.
 */
async function listedFilms(filter: Prisma.Sql, now: Date): Promise<Listed[]> {
  const bits = Prisma.join(
    locales.map((locale, i) => Prisma.sql`WHEN ${locale} THEN ${Prisma.raw(String(2 ** i))}`),
    " ",
  );
  const rows = await db.$queryRaw<{ id: string; slug: string; year: number | bigint; mask: number | bigint | null }[]>`
    SELECT f."id", f."slug", f."year", SUM(CASE t."locale" ${bits} ELSE 0 END) AS "mask"
    FROM "Film" f LEFT JOIN "ReviewTranslation" t
      ON t."filmId" = f."id" AND t."status" = 'published' AND t."publishedAt" <= ${now}
    WHERE ${listedSql(now, filter)}
    GROUP BY f."id", f."slug", f."year", f."listedAt"
    ORDER BY f."listedAt" DESC, f."slug" ASC`;
  return rows.map((row) => {
    const mask = Number(row.mask ?? 0);
    return { id: row.id, slug: row.slug, year: Number(row.year), locales: locales.filter((_, i) => mask & (2 ** i)) };
  });
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
      const films = await listedFilms(Prisma.empty, now);
      return films.length ? listingPages((page) => ({ kind: "home", page }), films) : [];
    }
    case "years": {
      const films = await listedFilms(Prisma.empty, now);
      const decades = groupInto(films, (f) => [decadeOf(f.year)]);
      const years = groupInto(films, (f) => [f.year]);
      return [
        ...indexPage("years", films),
        ...[...decades].flatMap(([decade, list]) => listingPages((page) => ({ kind: "period", period: { decade }, page }), list)),
        ...[...years].flatMap(([year, list]) => listingPages((page) => ({ kind: "period", period: { year }, page }), list)),
      ];
    }
    case "genres": {
      const [films, memberships] = await Promise.all([
        listedFilms(Prisma.empty, now),
        db.$queryRaw<{ filmId: string; slug: string }[]>`SELECT fg."filmId", g."slug" FROM "FilmGenre" fg
          JOIN "Genre" g ON g."id" = fg."genreId" JOIN "Film" f ON f."id" = fg."filmId" WHERE ${listedSql(now)}`,
      ]);
      const genresOf = groupInto(memberships, (m) => [m.filmId]);
      const genres = groupInto(films, (f) => (genresOf.get(f.id) ?? []).map((m) => m.slug));
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
        select: { slug: true },
      });
      if (!films.length) return [];
      const [first, last] = [films[0]!.slug, films.at(-1)!.slug];
      const translations = await db.$queryRaw<{ slug: string; locale: string; publishedAt: Date | string }[]>`
        SELECT f."slug", t."locale", t."publishedAt" FROM "Film" f JOIN "ReviewTranslation" t ON t."filmId" = f."id"
        WHERE f."slug" >= ${first} AND f."slug" <= ${last} AND ${listedSql(now)}
          AND t."status" = 'published' AND t."publishedAt" <= ${now}`;
      const bySlug = groupInto(translations, (t) => [t.slug]);
      return films.map(({ slug }) => {
        const live = bySlug.get(slug) ?? [];
        const lastmod = Object.fromEntries(live.map((t) => [t.locale, new Date(t.publishedAt)])) as Partial<Record<Locale, Date>>;
        return { ref: { kind: "review", slug }, locales: publishedLocalesOf(live), lastmod };
      });
    }
    case "people": {
      const people = await db.person.findMany({
        orderBy: { slug: "asc" },
        skip: part.n * PEOPLE_PER_PART,
        take: PEOPLE_PER_PART,
        select: { id: true, slug: true },
      });
      if (!people.length) return [];
      const [first, last] = [people[0]!.slug, people.at(-1)!.slug];
      const links = Prisma.sql`
        SELECT c."personId", c."filmId" FROM "Credit" c JOIN "Person" p ON p."id" = c."personId" WHERE p."slug" >= ${first} AND p."slug" <= ${last}
        UNION SELECT a."personId", a."filmId" FROM "Award" a JOIN "Person" p ON p."id" = a."personId" WHERE p."slug" >= ${first} AND p."slug" <= ${last}`;
      const [films, credits] = await Promise.all([
        listedFilms(Prisma.sql`AND f."id" IN (SELECT l."filmId" FROM (${links}) l)`, now),
        db.$queryRaw<{ personId: string; filmId: string }[]>`${links}`,
      ]);
      const peopleOf = groupInto(credits, (c) => [c.filmId]);
      const byPerson = groupInto(films, (f) => (peopleOf.get(f.id) ?? []).map((c) => c.personId));
      return people.flatMap((person) =>
        listingPages((page) => ({ kind: "person", slug: person.slug, page }), byPerson.get(person.id) ?? []),
      );
    }
  }
}
