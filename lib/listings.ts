import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { locales } from "@/lib/locales";
import { PAGE_SIZE, pageCount, unionOf, type ListingRef, type PageRef } from "@/lib/pages";
import { publishedLocalesOf, publishedWhere } from "@/lib/reviews";
import type { Locale } from "@/i18n/routing";

// What readers can reach, read from the database one page at a time. Listings
// filter on Film.listedAt (kept by every write, lib/editorial/film-change.ts)
// and page through its indexes, so a request costs the page it shows.
// pageLocales() is the one answer to "in which locales is this page
// published", for the switcher, hreflang, canonical and (per part) the sitemap.

/**
 * Films readers can see at `now`: first published by then. listedAt is null
 * for a film in the trash (lib/editorial/film-change.ts), so this one column
 * decides, and its (listedAt, slug) index serves every listing in order.
 */
export const listedWhere = (now: Date) => ({ listedAt: { lte: now } }) satisfies Prisma.FilmWhereInput;

// Listing pages are read with SQL written here rather than Prisma's relation
// filters: Prisma turns `genres: { some }` into a correlated EXISTS run once
// per listed film, while `id IN (subquery)` lets the database start from the
// genre's or person's own index. Standard SQL with quoted identifiers, so it
// runs on SQLite and PostgreSQL alike.

/**
 * The genre's live rows, the one definition of a genre's films for its pages
 * and its sitemap part: FilmGenre carries the film's listedAt, so its
 * (genreId, listedAt) index holds them in listing order.
 */
const genreRows = (slug: string, now: Date) =>
  Prisma.sql`FROM "FilmGenre" fg WHERE fg."genreId" = (SELECT g."id" FROM "Genre" g WHERE g."slug" = ${slug}) AND fg."listedAt" <= ${now}`;

/** The films (alias f) of one listing, as SQL to follow listedSql's condition. */
export function listingFilter(ref: ListingRef, now: Date): Prisma.Sql {
  switch (ref.kind) {
    case "home":
      return Prisma.empty;
    case "genre":
      return Prisma.sql`AND f."id" IN (SELECT fg."filmId" ${genreRows(ref.slug, now)})`;
    case "period":
      return "decade" in ref.period
        ? Prisma.sql`AND f."year" >= ${ref.period.decade} AND f."year" < ${ref.period.decade + 10}`
        : Prisma.sql`AND f."year" = ${ref.period.year}`;
    case "person":
      return Prisma.sql`AND f."id" IN (
        SELECT c."filmId" FROM "Credit" c JOIN "Person" p ON p."id" = c."personId" WHERE p."slug" = ${ref.slug}
        UNION SELECT a."filmId" FROM "Award" a JOIN "Person" p ON p."id" = a."personId" WHERE p."slug" = ${ref.slug})`;
  }
}

/** Films (alias f) readers can see at `now`, narrowed by `filter`: SQL for listedWhere(). */
export const listedSql = (now: Date, filter: Prisma.Sql = Prisma.empty) => Prisma.sql`f."listedAt" <= ${now} ${filter}`;

/**
 * How many films a listing has, and the slugs of one page of them, in the one
 * listing order. A genre's are read from its own rows: the count reads no
 * film, and a page walks the index newest first and reads only its dozen
 * films (sorting only films first published at the same instant by slug),
 * where starting from the films read every film of the genre.
 */
async function listingSlice(ref: ListingRef, now: Date): Promise<{ total: number; slugs: string[] }> {
  const offset = (ref.page - 1) * PAGE_SIZE;
  const listed = listedSql(now, listingFilter(ref, now));
  const [count, rows] = await Promise.all(
    ref.kind === "genre"
      ? [
          db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS "n" ${genreRows(ref.slug, now)}`,
          db.$queryRaw<{ slug: string }[]>`SELECT f."slug" FROM "Film" f JOIN (SELECT fg."filmId", fg."listedAt" ${genreRows(ref.slug, now)}) l
            ON f."id" = l."filmId" ORDER BY l."listedAt" DESC, f."slug" ASC LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
        ]
      : [
          db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS "n" FROM "Film" f WHERE ${listed}`,
          db.$queryRaw<{ slug: string }[]>`SELECT f."slug" FROM "Film" f WHERE ${listed}
            ORDER BY f."listedAt" DESC, f."slug" ASC LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
        ],
  );
  return { total: Number(count[0]?.n ?? 0), slugs: rows.map((row) => row.slug) };
}

export type ListedFilm = { slug: string; locales: Locale[] };
export type ListingPageData = { films: ListedFilm[]; page: number; pages: number; total: number; locales: Locale[] };

// React's cache() compares arguments by identity, so refs are cached by their JSON.
const readListingPage = cache(async (key: string): Promise<ListingPageData | null> => {
  const ref = JSON.parse(key) as ListingRef;
  const now = new Date();
  const { total, slugs } = await listingSlice(ref, now);
  const pages = pageCount(total);
  if ((total === 0 && ref.kind !== "home") || ref.page > pages) return null;
  const rows = await db.film.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, translations: { where: publishedWhere(now), select: { locale: true } } },
  });
  const locales = new Map(rows.map((row) => [row.slug, publishedLocalesOf(row.translations)]));
  const films = slugs.map((slug) => ({ slug, locales: locales.get(slug) ?? [] }));
  return { films, page: ref.page, pages, total, locales: unionOf(films) };
});

/** One page of a listing, or null when the page does not exist (an empty listing has none but the home page). */
export const getListingPage = (ref: ListingRef) => readListingPage(JSON.stringify(ref));

/** A live review in `locale`: what publishes the genre and year indexes in it, and what its feed lists. */
export const liveInLocale = (locale: Locale, now = new Date()) =>
  ({ locale, ...publishedWhere(now), film: { deletedAt: null } }) satisfies Prisma.ReviewTranslationWhereInput;

/** Locales with at least one live review: where the genre and year indexes are published. */
const siteLocales = cache(async (): Promise<Locale[]> => {
  const now = new Date();
  const found = await Promise.all(
    locales.map((locale) => db.reviewTranslation.findFirst({ where: liveInLocale(locale, now), select: { locale: true } })),
  );
  return publishedLocalesOf(found.flatMap((row) => (row ? [row] : [])));
});

const reviewLocales = cache(async (slug: string): Promise<Locale[]> => {
  const rows = await db.reviewTranslation.findMany({
    where: { ...publishedWhere(), film: { slug, deletedAt: null } },
    select: { locale: true },
  });
  return publishedLocalesOf(rows);
});

/**
 * The locales a page is really published in: a review where its translation
 * is live; a listing page where at least one film it shows is; the genre and
 * year indexes wherever any review is. Search results are not published pages.
 */
export async function pageLocales(ref: PageRef): Promise<Locale[]> {
  switch (ref.kind) {
    case "review":
      return reviewLocales(ref.slug);
    case "genres":
    case "years":
      return siteLocales();
    case "search":
      return [...locales];
    default:
      return (await getListingPage(ref))?.locales ?? [];
  }
}

/** Genres with at least one live review, with how many. */
export const genreCounts = cache(async (): Promise<Map<string, number>> => {
  // FilmGenre's copy of listedAt: an index-only count, no film read.
  const rows = await db.filmGenre.groupBy({
    by: ["genreId"],
    where: { listedAt: { lte: new Date() } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.genreId, row._count._all]));
});

/** Years with at least one live review. */
export const reviewedYears = cache(async (): Promise<number[]> => {
  const rows = await db.film.groupBy({ by: ["year"], where: listedWhere(new Date()) });
  return rows.map((row) => row.year);
});

/** The newest live translations in `locale`, through the (locale, status, publishedAt) index: a feed's items. */
export async function latestInLocale(locale: Locale, take: number) {
  const rows = await db.reviewTranslation.findMany({
    where: liveInLocale(locale),
    orderBy: [{ publishedAt: "desc" }, { filmId: "asc" }],
    take,
    select: { publishedAt: true, film: { select: { slug: true } } },
  });
  return rows.map((row) => ({ slug: row.film.slug, publishedAt: row.publishedAt! }));
}
