import { locales } from "@/lib/locales";
import type { Locale } from "@/i18n/routing";

// Every kind of reader page and its address. Which films a listing shows and
// which locales a page is published in are read from the database by
// lib/listings.ts; the pure rules they follow live here.

/** Reviews per listing page; MARQUEE_PAGE_SIZE changes it (the e2e build uses a small one to exercise pagination). */
export const PAGE_SIZE = Math.max(1, Number(process.env.MARQUEE_PAGE_SIZE) || 12);

export type ListingRef =
  | { kind: "home"; page: number }
  | { kind: "genre"; slug: string; page: number }
  | { kind: "period"; period: Period; page: number }
  | { kind: "person"; slug: string; page: number };

export type PageRef = ListingRef | { kind: "review"; slug: string } | { kind: "genres" } | { kind: "years" } | { kind: "search" };

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

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** Each page's published locales, for films already in listing order: a page is published where any film on it is. */
export function localesPerPage(films: readonly { locales: readonly Locale[] }[]): Locale[][] {
  const pages: Locale[][] = [];
  for (let start = 0; start < films.length; start += PAGE_SIZE) pages.push(unionOf(films.slice(start, start + PAGE_SIZE)));
  return pages;
}

export const unionOf = (films: readonly { locales: readonly Locale[] }[]): Locale[] =>
  locales.filter((l) => films.some((f) => f.locales.includes(l)));

/** Decades, newest first, each followed by its years, from the years that have reviews. */
export function periodsOf(years: readonly number[]): Period[] {
  const sorted = [...new Set(years)].sort((a, b) => b - a);
  const decades = [...new Set(sorted.map(decadeOf))];
  return decades.flatMap((decade) => [{ decade }, ...sorted.filter((y) => decadeOf(y) === decade).map((year) => ({ year }))]);
}
