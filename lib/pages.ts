import type { Catalog, CatalogFilm } from "@/lib/catalog";
import { locales } from "@/lib/locales";
import type { Locale } from "@/i18n/routing";

// Every kind of reader page, its address, what it lists and the locales it is
// really published in. The language switcher, hreflang alternates, canonical
// links and the sitemap all ask publishedLocales() below, so they cannot disagree.

/** Reviews per listing page; MARQUEE_PAGE_SIZE changes it (the e2e build uses a small one to exercise pagination). */
export const PAGE_SIZE = Math.max(1, Number(process.env.MARQUEE_PAGE_SIZE) || 12);

export type ListingRef =
  | { kind: "home"; page: number }
  | { kind: "genre"; slug: string; page: number }
  | { kind: "period"; period: Period; page: number }
  | { kind: "person"; slug: string; page: number };

export type PageRef =
  | ListingRef
  | { kind: "review"; slug: string }
  | { kind: "genres" }
  | { kind: "years" }
  | { kind: "search" };

/** A decade ("2010s") or a single year ("2011"). */
export type Period = { decade: number } | { year: number };

export function parsePeriod(value: string): Period | null {
  const decade = value.match(/^(\d{3}0)s$/);
  if (decade) return { decade: Number(decade[1]) };
  return /^\d{4}$/.test(value) ? { year: Number(value) } : null;
}

export function decadeOf(year: number): number {
  return Math.floor(year / 10) * 10;
}

export function periodKey(period: Period): string {
  return "decade" in period ? `${period.decade}s` : String(period.year);
}

/** "2" from a `/page/2` suffix; null for anything else, so stray addresses 404. */
export function parsePageSegments(segments: readonly string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  if (segments.length !== 2 || segments[0] !== "page" || !/^[1-9]\d{0,5}$/.test(segments[1]!)) return null;
  return Number(segments[1]);
}

const listingBase = (ref: ListingRef): string => {
  switch (ref.kind) {
    case "home":
      return "";
    case "genre":
      return `/genres/${ref.slug}`;
    case "period":
      return `/years/${periodKey(ref.period)}`;
    case "person":
      return `/people/${ref.slug}`;
  }
};

/** The page's path without a locale prefix, as localePath() expects it. */
export function pathOf(ref: PageRef): string {
  switch (ref.kind) {
    case "review":
      return `/reviews/${ref.slug}`;
    case "genres":
    case "years":
    case "search":
      return `/${ref.kind}`;
    default: {
      const base = listingBase(ref);
      return ref.page > 1 ? `${base}/page/${ref.page}` : base || "/";
    }
  }
}

type CatalogIndex = {
  bySlug: Map<string, CatalogFilm>;
  byGenre: Map<string, CatalogFilm[]>;
  byPerson: Map<string, CatalogFilm[]>;
  byYear: Map<number, CatalogFilm[]>;
  byDecade: Map<number, CatalogFilm[]>;
};

// Built once per catalog, so listing a page (and the sitemap's walk over every
// page) costs the size of the answer, not the size of the catalog.
const indexes = new WeakMap<Catalog, CatalogIndex>();

function indexOf(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  index = { bySlug: new Map(), byGenre: new Map(), byPerson: new Map(), byYear: new Map(), byDecade: new Map() };
  const add = <K>(map: Map<K, CatalogFilm[]>, key: K, film: CatalogFilm) => {
    const list = map.get(key);
    if (list) list.push(film);
    else map.set(key, [film]);
  };
  for (const film of catalog.films) {
    index.bySlug.set(film.slug, film);
    for (const genre of new Set(film.genres)) add(index.byGenre, genre, film);
    for (const person of new Set(film.people)) add(index.byPerson, person, film);
    add(index.byYear, film.year, film);
    add(index.byDecade, decadeOf(film.year), film);
  }
  indexes.set(catalog, index);
  return index;
}

export function filmBySlug(catalog: Catalog, slug: string): CatalogFilm | undefined {
  return indexOf(catalog).bySlug.get(slug);
}

/** Every film a listing shows across all its pages, in the one stable order. */
export function listingFilms(catalog: Catalog, ref: ListingRef): readonly CatalogFilm[] {
  const index = indexOf(catalog);
  switch (ref.kind) {
    case "home":
      return catalog.films;
    case "genre":
      return index.byGenre.get(ref.slug) ?? [];
    case "period":
      return ("decade" in ref.period ? index.byDecade.get(ref.period.decade) : index.byYear.get(ref.period.year)) ?? [];
    case "person":
      return index.byPerson.get(ref.slug) ?? [];
  }
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** One page of a listing, or null when the page does not exist (an empty listing has none). */
export function listingPage(catalog: Catalog, ref: ListingRef) {
  const films = listingFilms(catalog, ref);
  const pages = pageCount(films.length);
  if (films.length === 0 && ref.kind !== "home") return null;
  if (ref.page > pages) return null;
  const slice = films.slice((ref.page - 1) * PAGE_SIZE, ref.page * PAGE_SIZE);
  return { films: slice, page: ref.page, pages, total: films.length };
}

const unionOf = (films: readonly CatalogFilm[]): Locale[] =>
  locales.filter((l) => films.some((f) => f.locales.includes(l)));

/**
 * The locales a page is really published in: a review where its translation
 * is live; a listing page where at least one film it shows is; the genre and
 * year indexes wherever any review is. Search results are not published pages.
 */
export function publishedLocales(catalog: Catalog, ref: PageRef): Locale[] {
  switch (ref.kind) {
    case "review":
      return filmBySlug(catalog, ref.slug)?.locales ?? [];
    case "genres":
    case "years":
      return unionOf(catalog.films);
    case "search":
      return [...locales];
    default:
      return unionOf(listingPage(catalog, ref)?.films ?? []);
  }
}

/** Every page that belongs in the sitemap, each once (its locales come from publishedLocales). */
export function allPages(catalog: Catalog): PageRef[] {
  const pages: PageRef[] = [];
  const listing = (make: (page: number) => ListingRef) => {
    const first = make(1);
    const count = pageCount(listingFilms(catalog, first).length);
    for (let page = 1; page <= count; page++) pages.push(make(page));
  };
  listing((page) => ({ kind: "home", page }));
  for (const film of catalog.films) pages.push({ kind: "review", slug: film.slug });
  pages.push({ kind: "genres" }, { kind: "years" });
  for (const slug of genresOf(catalog)) listing((page) => ({ kind: "genre", slug, page }));
  for (const period of periodsOf(catalog)) listing((page) => ({ kind: "period", period, page }));
  for (const slug of indexOf(catalog).byPerson.keys()) listing((page) => ({ kind: "person", slug, page }));
  return pages.filter((ref) => publishedLocales(catalog, ref).length > 0);
}

export function genresOf(catalog: Catalog): string[] {
  return [...indexOf(catalog).byGenre.keys()].sort();
}

/** Decades, newest first, each followed by its years. */
export function periodsOf(catalog: Catalog): Period[] {
  const years = [...indexOf(catalog).byYear.keys()].sort((a, b) => b - a);
  const decades = [...new Set(years.map(decadeOf))];
  return decades.flatMap((decade) => [
    { decade },
    ...years.filter((y) => decadeOf(y) === decade).map((year) => ({ year })),
  ]);
}
