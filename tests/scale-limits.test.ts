import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCatalog } from "../scripts/bench/catalog";

// On a catalog of 2,000 films, every read that a reader page, search, the
// sitemap, the feeds or the admin list makes binds a bounded number of
// values: the database client refuses any statement over LIMIT
// (lib/db-param-guard.ts), and the largest count seen must stay under it.
const FILMS = 2_000;
const LIMIT = 100;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-scale-"));
const file = path.join(dir, "scale.db");
process.env.DATABASE_URL = `file:${file}`;
process.env.MARQUEE_MAX_QUERY_PARAMS = String(LIMIT);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  const migrate = spawnSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, encoding: "utf8" });
  expect(migrate.status, migrate.stderr).toBe(0);
  generateCatalog(file, FILMS, 0.05);
}, 120_000);

describe(`reads on ${FILMS.toLocaleString("en")} films`, () => {
  it("bind no list of values that grows with the catalog", async () => {
    const { paramStats } = await import("@/lib/db-param-guard");
    const listings = await import("@/lib/listings");
    const { getReview, reviewSummaries } = await import("@/lib/reviews");
    const { personRoles, getPerson, genreNames } = await import("@/lib/people");
    const { sitemapParts, sitemapPages } = await import("@/lib/seo/sitemap-parts");
    const { listFilmsForEditors } = await import("@/lib/editorial/review-list");
    const { drainSearchQueue } = await import("@/lib/search/queue");
    const { searchReviews } = await import("@/lib/search/search");
    const { parseQuery } = await import("@/lib/search/query");

    const refs = [
      { kind: "home", page: 1 },
      { kind: "home", page: 150 },
      { kind: "genre", slug: "drama", page: 3 },
      { kind: "period", period: { decade: 1990 }, page: 2 },
      { kind: "period", period: { year: 1999 }, page: 1 },
      { kind: "person", slug: "person-7", page: 1 },
    ] as const;
    for (const ref of refs) {
      const page = await listings.getListingPage(ref);
      expect(page?.films.length, JSON.stringify(ref)).toBeGreaterThan(0);
      await reviewSummaries(
        page!.films.map((f) => f.slug),
        "ja",
      );
      if (ref.kind === "person")
        await personRoles(
          ref.slug,
          page!.films.map((f) => f.slug),
          "en",
        );
      expect(await listings.pageLocales(ref)).toEqual(page!.locales);
    }
    expect(await listings.pageLocales({ kind: "genres" })).toEqual(["en", "ja", "fr", "ar"]);
    expect(await listings.pageLocales({ kind: "review", slug: "film-1500" })).not.toEqual([]);
    expect((await getReview("film-1500", "ar"))?.slug).toBe("film-1500");
    await getPerson("person-7", "ja");
    await genreNames("fr");
    expect((await listings.genreCounts()).size).toBeGreaterThan(10);
    expect((await listings.reviewedYears()).length).toBeGreaterThan(50);
    expect(await listings.latestInLocale("fr", 20)).toHaveLength(20);

    const parts = await sitemapParts();
    expect(parts.filter((p) => p.kind === "people").length).toBeGreaterThan(1);
    const pages = [];
    for (const part of parts) pages.push(...(await sitemapPages(part)));
    expect(pages.length).toBeGreaterThan(FILMS);
    // The sitemap computes locales a part at a time; they must be what each page says of itself.
    for (const page of pages.filter((_, i) => i % 97 === 0)) {
      expect(page.locales, JSON.stringify(page.ref)).toEqual(await listings.pageLocales(page.ref));
    }

    const list = await listFilmsForEditors("en", { page: 50 });
    expect(list.rows).toHaveLength(20);
    for (const status of ["missing", "draft", "scheduled", "published", "outdated"] as const) {
      await listFilmsForEditors("en", { status, locale: "ja", page: 1 });
      await listFilmsForEditors("en", { status, page: 2, q: "film" });
    }

    expect(await drainSearchQueue()).toBe(FILMS);
    for (const [q, locale] of [
      ["film 1234", "en"],
      ["夜", "ja"],
      ["監督", "ja"],
      ["運転手", "ja"],
    ] as const) {
      const found = await searchReviews(parseQuery(q)!, locale, 1);
      expect(found.total, q).toBeGreaterThan(0);
    }

    expect(paramStats.max, paramStats.sql).toBeLessThanOrEqual(LIMIT);
  }, 120_000);
});
