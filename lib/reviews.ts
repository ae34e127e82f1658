import { cache } from "react";
import { awardBodyLabel, awardBodyNames, awardCategoryLabel, awardCategorySelect } from "@/lib/award-bodies";
import { db } from "@/lib/db";
import { isLive } from "@/lib/editorial/status";
import { plainText } from "@/lib/markdown/plain-text";
import { sameAsLinks } from "@/lib/seo/same-as";
import { labelFor, locales, resolveTextLocale } from "@/lib/locales";
import type { Locale } from "@/i18n/routing";

// The read side of reviews: every reader page gets its data here, already
// resolved for the reader's locale, with the fallback made explicit.

/**
 * What readers may see: published and due (lib/editorial/status.ts isLive,
 * as a query). Scheduled translations appear once their time has passed.
 */
export function publishedWhere(now = new Date()) {
  return { status: "published", publishedAt: { lte: now } };
}

type Named = { name: string; translations: { name: string }[] };
export const localizedName = (person: Named) => person.translations[0]?.name ?? person.name;

export const personSelect = (locale: Locale) => ({
  slug: true,
  name: true,
  translations: { where: { locale }, select: { name: true } },
});

/** The locales among `translations`, in locale-list order. */
export function publishedLocalesOf(translations: readonly { locale: string }[]): Locale[] {
  return locales.filter((l) => translations.some((t) => t.locale === l));
}

/**
 * One review for a reader of `locale`. With `preview` (an editor in draft
 * mode) unpublished translations count too; the switcher and alternates still
 * list only what readers can see.
 */
export const getReview = cache(async (slug: string, locale: Locale, preview = false) => {
  const now = new Date();
  const film = await db.film.findFirst({
    where: { slug, deletedAt: null },
    select: {
      slug: true,
      originalTitle: true,
      originalLang: true,
      year: true,
      runtimeMinutes: true,
      ratingHalves: true,
      sourceKind: true,
      sourceTitle: true,
      sourceYear: true,
      sourceLocale: true,
      criticName: true,
      trailerProvider: true,
      trailerVideoId: true,
      trailerTitle: true,
      trailerUploadDate: true,
      wikidataId: true,
      imdbId: true,
      posterPath: true,
      countries: { orderBy: { position: "asc" }, select: { code: true } },
      genres: {
        orderBy: { position: "asc" },
        select: { genre: { select: { slug: true, translations: { select: { locale: true, name: true } } } } },
      },
      credits: {
        orderBy: [{ role: "asc" }, { position: "asc" }],
        select: {
          role: true,
          character: true,
          person: { select: personSelect(locale) },
          translations: { select: { locale: true, character: true } },
        },
      },
      awards: {
        orderBy: [{ year: "asc" }, { position: "asc" }],
        select: {
          body: true,
          year: true,
          edition: true,
          result: true,
          person: { select: personSelect(locale) },
          category: awardCategorySelect(locale),
        },
      },
      translations: {
        where: preview ? {} : publishedWhere(now),
        select: {
          locale: true,
          status: true,
          title: true,
          excerpt: true,
          synopsis: true,
          commentary: true,
          contentWarning: true,
          musicNotes: true,
          posterAlt: true,
          seoTitle: true,
          seoDescription: true,
          publishedAt: true,
          createdAt: true,
          updatedAt: true,
        },
      },
    },
  });
  if (!film) return null;

  const available = publishedLocalesOf(preview ? film.translations : film.translations.filter((t) => isLive(t, now)));
  const resolved = resolveTextLocale(available, locale, film.sourceLocale);
  if (!resolved) return null;
  const text = film.translations.find((t) => t.locale === resolved.locale)!;
  const bodyNames = await awardBodyNames(
    film.awards.map((a) => a.body),
    locale,
  );
  const peopleIn = (role: string) =>
    film.credits.filter((c) => c.role === role).map((c) => ({ slug: c.person.slug, name: localizedName(c.person), credited: c.person.name }));

  return {
    slug: film.slug,
    originalTitle: film.originalTitle,
    originalLang: film.originalLang,
    year: film.year,
    runtimeMinutes: film.runtimeMinutes,
    ratingHalves: film.ratingHalves,
    countries: film.countries.map((c) => c.code),
    genres: genreLabels(film.genres, locale),
    directors: peopleIn("director"),
    writers: peopleIn("writer"),
    composers: peopleIn("composer"),
    source: film.sourceTitle ? { kind: film.sourceKind, title: film.sourceTitle, year: film.sourceYear, authors: peopleIn("source_author") } : null,
    cast: film.credits
      .filter((c) => c.role === "cast")
      .map((c) => ({
        slug: c.person.slug,
        name: localizedName(c.person),
        credited: c.person.name,
        character: c.translations.find((t) => t.locale === locale)?.character ?? c.character ?? "",
      })),
    awards: film.awards.map((a) => {
      return {
        bodySlug: a.body,
        body: awardBodyLabel(a.body, bodyNames),
        category: awardCategoryLabel(a.category, locale),
        year: a.year,
        edition: a.edition,
        won: a.result === "won",
        person: a.person ? { slug: a.person.slug, name: localizedName(a.person) } : null,
      };
    }),
    posterPath: film.posterPath,
    trailer:
      film.trailerProvider === "youtube" && film.trailerVideoId
        ? { videoId: film.trailerVideoId, title: film.trailerTitle ?? film.originalTitle, uploadDate: film.trailerUploadDate }
        : null,
    /** The film's pages elsewhere (Wikidata, IMDb), for its JSON-LD sameAs. */
    sameAs: sameAsLinks(film, "title"),
    text,
    textLocale: resolved.locale,
    isFallback: resolved.isFallback,
    criticName: film.criticName,
  };
});

export type Review = NonNullable<Awaited<ReturnType<typeof getReview>>>;

/**
 * List entries for the given films, in the given order, each in the reader's
 * language or its fallback. Which films and in what order is the catalog's
 * business (lib/pages.ts); this only fills in what a card shows.
 */
export const reviewSummaries = cache(async (slugs: readonly string[], locale: Locale) => {
  // A search with no results asks for none: no queries (1.5-4.6 ms of such a page).
  if (!slugs.length) return [];
  const found = await db.film.findMany({
    // The trash is left out below, not here: SQLite without statistics would
    // answer `slug IN (…) AND deletedAt IS NULL` from an index that starts with
    // deletedAt, reading every film in the catalog (3.4 ms at 10,000) instead
    // of the page's dozen by their unique slugs.
    where: { slug: { in: [...slugs] } },
    select: {
      deletedAt: true,
      slug: true,
      year: true,
      sourceLocale: true,
      ratingHalves: true,
      criticName: true,
      genres: {
        orderBy: { position: "asc" },
        select: { genre: { select: { slug: true, translations: { select: { locale: true, name: true } } } } },
      },
      credits: {
        where: { role: "director" },
        orderBy: { position: "asc" },
        select: { person: { select: personSelect(locale) } },
      },
      translations: {
        where: publishedWhere(),
        select: { locale: true, title: true, excerpt: true, publishedAt: true },
      },
    },
  });
  const bySlug = new Map(found.filter((film) => film.deletedAt === null).map((film) => [film.slug, film]));
  return slugs.flatMap((slug) => {
    const film = bySlug.get(slug);
    const resolved = film && resolveTextLocale(publishedLocalesOf(film.translations), locale, film.sourceLocale);
    const text = resolved && film.translations.find((t) => t.locale === resolved.locale);
    if (!film || !resolved || !text) return [];
    return [
      {
        slug: film.slug,
        year: film.year,
        ratingHalves: film.ratingHalves,
        criticName: film.criticName,
        title: text.title,
        excerpt: plainText(text.excerpt),
        publishedAt: text.publishedAt,
        textLocale: resolved.locale,
        isFallback: resolved.isFallback,
        directors: film.credits.map((c) => localizedName(c.person)),
        genres: genreLabels(film.genres, locale),
      },
    ];
  });
});

export type ReviewSummary = Awaited<ReturnType<typeof reviewSummaries>>[number];

/** A film's genres, each named in `locale` (else English, else its key). */
function genreLabels(genres: readonly { genre: { slug: string; translations: { locale: string; name: string }[] } }[], locale: Locale) {
  return genres.map(({ genre }) => ({ slug: genre.slug, name: labelFor(genre.translations, locale)?.name ?? genre.slug }));
}
