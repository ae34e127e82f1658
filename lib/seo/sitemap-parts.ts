import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { listedSql, listedWhere, listingFilter, pageLocales, reviewedYears } from "@/lib/listings";
import { PAGE_SIZE, decadeOf, localesPerPage, type ListingRef, type PageRef } from "@/lib/pages";
import { locales } from "@/lib/locales";
import { publishedLocalesOf } from "@/lib/reviews";
import type { Locale } from "@/i18n/routing";

// The sitemap in parts, each computed alone from indexed queries: the two
// indexes, the home pages in slices, each genre, each decade (with its
// years), then reviews and people in slices of a fixed number of films or
// people. A part's cost follows the URLs it lists; nothing builds the whole
// sitemap to cut one part out of it. Published locales follow the same rules
// as the pages (lib/listings.ts pageLocales): a review where its translation
// is live, a listing page where a film it shows is (lib/pages.ts localesPerPage).

/** At most 4 locales each: well under 10,000 URLs a file. */
export const FILMS_PER_PART = 1_000;
export const PEOPLE_PER_PART = 1_000;
/** Home pages per part: whole pages, about FILMS_PER_PART films. */
const HOME_PAGES_PER_PART = Math.max(1, Math.floor(FILMS_PER_PART / PAGE_SIZE));

export type SitemapPage = { ref: PageRef; locales: Locale[]; lastmod?: Partial<Record<Locale, Date>> };
export type SitemapPart =
  { kind: "indexes" } | { kind: "home" | "reviews" | "people"; n: number } | { kind: "genre"; slug: string } | { kind: "decade"; decade: number };

export function partName(part: SitemapPart): string {
  switch (part.kind) {
    case "indexes":
      return part.kind;
    case "genre":
      return `genre-${part.slug}`;
    case "decade":
      return `decade-${part.decade}`;
    default:
      return `${part.kind}-${part.n}`;
  }
}

export function parsePartName(name: string): SitemapPart | null {
  if (name === "indexes") return { kind: name };
  const sliced = name.match(/^(home|reviews|people)-(\d{1,5})$/);
  if (sliced) return { kind: sliced[1] as "home" | "reviews" | "people", n: Number(sliced[2]) };
  const decade = name.match(/^decade-(\d{3}0)$/);
  if (decade) return { kind: "decade", decade: Number(decade[1]) };
  const genre = name.match(/^genre-([a-z0-9]+(?:-[a-z0-9]+)*)$/);
  return genre && genre[1]!.length <= 100 ? { kind: "genre", slug: genre[1]! } : null;
}

/**
 * Every part, from two counts, the genre vocabulary and the reviewed years.
 * People are sliced over all people in slug order (a part may hold none with
 * reviews), which keeps each slice one index range.
 */
export async function sitemapParts(): Promise<SitemapPart[]> {
  const [films, people, genres, years] = await Promise.all([
    db.film.count({ where: listedWhere(new Date()) }),
    db.person.count(),
    db.genre.findMany({ orderBy: { slug: "asc" }, select: { slug: true } }),
    reviewedYears(),
  ]);
  const slices = (kind: "home" | "reviews" | "people", count: number) => Array.from({ length: count }, (_, n) => ({ kind, n }));
  return [
    { kind: "indexes" },
    ...slices("home", Math.max(1, Math.ceil(films / (HOME_PAGES_PER_PART * PAGE_SIZE)))),
    ...genres.map(({ slug }) => ({ kind: "genre" as const, slug })),
    ...[...new Set(years.map(decadeOf))].sort((a, b) => b - a).map((decade) => ({ kind: "decade" as const, decade })),
    ...slices("reviews", Math.ceil(films / FILMS_PER_PART)),
    ...slices("people", Math.ceil(people / PEOPLE_PER_PART)),
  ];
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
async function listedFilms(filter: Prisma.Sql, now: Date, slice = Prisma.empty): Promise<Listed[]> {
  const bits = Prisma.join(
    locales.map((locale, i) => Prisma.sql`WHEN ${locale} THEN ${Prisma.raw(String(2 ** i))}`),
    " ",
  );
  const rows = await db.$queryRaw<{ id: string; slug: string; year: number | bigint; mask: number | bigint | null }[]>`
    SELECT f."id", f."slug", f."year", SUM(CASE t."locale" ${bits} ELSE 0 END) AS "mask"
    FROM (SELECT f."id", f."slug", f."year", f."listedAt" FROM "Film" f WHERE ${listedSql(now, filter)}
          ORDER BY f."listedAt" DESC, f."slug" ASC ${slice}) f
    LEFT JOIN "ReviewTranslation" t ON t."filmId" = f."id" AND t."status" = 'published' AND t."publishedAt" <= ${now}
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

export async function sitemapPages(part: SitemapPart): Promise<SitemapPage[]> {
  const now = new Date();
  switch (part.kind) {
    case "indexes": {
      const published = await pageLocales({ kind: "genres" });
      return published.length
        ? [
            { ref: { kind: "genres" }, locales: published },
            { ref: { kind: "years" }, locales: published },
          ]
        : [];
    }
    case "home": {
      const take = HOME_PAGES_PER_PART * PAGE_SIZE;
      const films = await listedFilms(Prisma.empty, now, Prisma.sql`LIMIT ${take} OFFSET ${part.n * take}`);
      const first = part.n * HOME_PAGES_PER_PART;
      return listingPages((page) => ({ kind: "home", page: first + page }), films);
    }
    case "genre": {
      const ref = { kind: "genre", slug: part.slug, page: 1 } as const;
      const films = await listedFilms(listingFilter(ref, now), now);
      return listingPages((page) => ({ ...ref, page }), films);
    }
    case "decade": {
      const period = { decade: part.decade };
      const films = await listedFilms(listingFilter({ kind: "period", period, page: 1 }, now), now);
      const years = groupInto(films, (f) => [f.year]);
      return [
        ...listingPages((page) => ({ kind: "period", period, page }), films),
        ...[...years].flatMap(([year, list]) => listingPages((page) => ({ kind: "period", period: { year }, page }), list)),
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
      return people.flatMap((person) => listingPages((page) => ({ kind: "person", slug: person.slug, page }), byPerson.get(person.id) ?? []));
    }
  }
}
