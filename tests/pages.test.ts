import { describe, expect, it } from "vitest";
import type { Catalog, CatalogFilm } from "@/lib/catalog";
import { byFirstPublished } from "@/lib/catalog";
import { PAGE_SIZE, allPages, listingPage, parsePageSegments, parsePeriod, pathOf, publishedLocales } from "@/lib/pages";
import { sitemapChunks, sitemapEntries, urlsetXml } from "@/lib/seo/sitemap";
import type { Locale } from "@/i18n/routing";

function film(slug: string, year: number, locales: Locale[], day: number, extra: Partial<CatalogFilm> = {}): CatalogFilm {
  const date = new Date(Date.UTC(2026, 0, day));
  return {
    slug,
    year,
    sourceLocale: "en",
    genres: ["drama"],
    people: ["someone"],
    published: Object.fromEntries(locales.map((l) => [l, date])),
    locales,
    firstPublished: date,
    ...extra,
  };
}

const catalog: Catalog = {
  films: [
    film("only-english", 1995, ["en"], 3, { genres: ["crime"], people: ["loner"] }),
    film("everywhere", 2011, ["en", "ja", "fr", "ar"], 2),
    film("japanese-first", 2001, ["ja"], 1),
  ].sort(byFirstPublished),
};

describe("page model", () => {
  it("gives each page the locales it is really published in", () => {
    expect(publishedLocales(catalog, { kind: "review", slug: "only-english" })).toEqual(["en"]);
    expect(publishedLocales(catalog, { kind: "review", slug: "missing" })).toEqual([]);
    expect(publishedLocales(catalog, { kind: "genre", slug: "crime", page: 1 })).toEqual(["en"]);
    expect(publishedLocales(catalog, { kind: "person", slug: "someone", page: 1 })).toEqual(["en", "ja", "fr", "ar"]);
    expect(publishedLocales(catalog, { kind: "period", period: { decade: 1990 }, page: 1 })).toEqual(["en"]);
    expect(publishedLocales(catalog, { kind: "period", period: { year: 2001 }, page: 1 })).toEqual(["ja"]);
  });

  it("pages listings in one stable order, and has no page past the last", () => {
    const many: Catalog = {
      films: Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, i) => film(`film-${i}`, 2000, ["en"], 1)).sort(byFirstPublished),
    };
    const pages = [1, 2, 3].map((page) => listingPage(many, { kind: "home", page })!.films.map((f) => f.slug));
    expect(new Set(pages.flat()).size).toBe(PAGE_SIZE * 2 + 1);
    expect(pages[2]).toHaveLength(1);
    expect(listingPage(many, { kind: "home", page: 4 })).toBeNull();
    expect(listingPage(many, { kind: "genre", slug: "unknown", page: 1 })).toBeNull();
  });

  it("reads addresses strictly", () => {
    expect(parsePageSegments(undefined)).toBe(1);
    expect(parsePageSegments(["page", "2"])).toBe(2);
    for (const bad of [["page", "0"], ["page", "02"], ["page", "x"], ["pages", "2"], ["page", "2", "3"]]) {
      expect(parsePageSegments(bad)).toBeNull();
    }
    expect(parsePeriod("2010s")).toEqual({ decade: 2010 });
    expect(parsePeriod("2011")).toEqual({ year: 2011 });
    expect(parsePeriod("2011s")).toBeNull();
    expect(pathOf({ kind: "genre", slug: "crime", page: 2 })).toBe("/genres/crime/page/2");
    expect(pathOf({ kind: "home", page: 1 })).toBe("/");
  });
});

describe("sitemap", () => {
  it("lists every published page once per published locale, with that page's alternates", () => {
    const entries = sitemapEntries(catalog, new URL("https://marquee.example"));
    const locs = entries.map((e) => e.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toContain("https://marquee.example/en/reviews/only-english");
    expect(locs).not.toContain("https://marquee.example/ja/reviews/only-english");
    expect(locs).toContain("https://marquee.example/ja/reviews/japanese-first");
    const japanese = entries.find((e) => e.loc.endsWith("/ja/reviews/japanese-first"))!;
    expect(japanese.alternates).toEqual([
      { hreflang: "ja", href: "https://marquee.example/ja/reviews/japanese-first" },
      { hreflang: "x-default", href: "https://marquee.example/ja/reviews/japanese-first" },
    ]);
    const total = allPages(catalog).reduce((n, ref) => n + publishedLocales(catalog, ref).length, 0);
    expect(entries).toHaveLength(total);
  });

  it("splits into files of at most the given size", () => {
    const chunks = sitemapChunks(Array.from({ length: 25 }, (_, i) => i), 10);
    expect(chunks.map((c) => c.length)).toEqual([10, 10, 5]);
    expect(sitemapChunks([], 10)).toEqual([[]]);
    expect(urlsetXml([{ loc: "https://x/?a=1&b=<2>", alternates: [] }])).toContain("https://x/?a=1&amp;b=&lt;2&gt;");
  });
});
