import { describe, expect, it } from "vitest";
import { PAGE_SIZE, localesPerPage, parsePageSegments, parsePeriod, pathOf, periodsOf } from "@/lib/pages";
import { parsePartName, partName, type SitemapPart } from "@/lib/seo/sitemap-parts";
import { sitemapEntries, urlsetXml } from "@/lib/seo/sitemap";
import type { Locale } from "@/i18n/routing";

describe("page model", () => {
  it("publishes a listing page where any film on it is published", () => {
    const films: { locales: Locale[] }[] = [
      ...Array.from({ length: PAGE_SIZE - 1 }, () => ({ locales: ["en"] as Locale[] })),
      { locales: ["ja"] },
      { locales: ["fr", "en"] },
    ];
    expect(localesPerPage(films)).toEqual([
      ["en", "ja"],
      ["en", "fr"],
    ]);
    expect(localesPerPage([])).toEqual([]);
  });

  it("lists decades newest first, each followed by its years", () => {
    expect(periodsOf([1995, 2011, 2001, 2011])).toEqual([
      { decade: 2010 },
      { year: 2011 },
      { decade: 2000 },
      { year: 2001 },
      { decade: 1990 },
      { year: 1995 },
    ]);
  });

  it("reads addresses strictly", () => {
    expect(parsePageSegments(undefined)).toBe(1);
    expect(parsePageSegments(["page", "2"])).toBe(2);
    for (const bad of [
      ["page", "0"],
      ["page", "02"],
      ["page", "x"],
      ["pages", "2"],
      ["page", "2", "3"],
    ]) {
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
  it("lists a page once per published locale, with that page's alternates", () => {
    const entries = sitemapEntries(
      [
        { ref: { kind: "review", slug: "japanese-first" }, locales: ["ja"] },
        { ref: { kind: "genre", slug: "crime", page: 2 }, locales: ["en", "fr"] },
      ],
      new URL("https://marquee.example"),
    );
    expect(entries.map((e) => e.loc)).toEqual([
      "https://marquee.example/ja/reviews/japanese-first",
      "https://marquee.example/en/genres/crime/page/2",
      "https://marquee.example/fr/genres/crime/page/2",
    ]);
    expect(entries[0]!.alternates).toEqual([
      { hreflang: "ja", href: "https://marquee.example/ja/reviews/japanese-first" },
      { hreflang: "x-default", href: "https://marquee.example/ja/reviews/japanese-first" },
    ]);
  });

  it("names its parts strictly and escapes what it writes", () => {
    const parts: SitemapPart[] = [
      { kind: "indexes" },
      { kind: "home", n: 0 },
      { kind: "reviews", n: 3 },
      { kind: "people", n: 0 },
      { kind: "genre", slug: "science-fiction" },
      { kind: "decade", decade: 1950 },
    ];
    for (const part of parts) expect(parsePartName(partName(part))).toEqual(part);
    for (const bad of ["reviews", "reviews-x", "films-1", "people-123456", "../home", "genre-", "genre-Drama", "decade-1955", "home"]) {
      expect(parsePartName(bad)).toBeNull();
    }
    expect(urlsetXml([{ loc: "https://x/?a=1&b=<2>", alternates: [] }])).toContain("https://x/?a=1&amp;b=&lt;2&gt;");
  });
});
