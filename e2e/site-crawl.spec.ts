import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";

import { crawl, type CrawledPage } from "./site-crawl";
import { structuredDataErrors } from "./structured-data";
import { liveTranslations } from "./test-db";

// Runs in the "site" project, before any test edits content: the seeded site
// must be consistent with itself as a reader and a search engine see it.

let crawled: Promise<Map<string, CrawledPage>> | undefined;
const site = (request: Parameters<typeof crawl>[0], baseURL: string) => (crawled ??= crawl(request, "/en", baseURL));
const localeOf = (path: string) => path.split("/")[1]!;
const withoutQuery = (path: string) => path.split("?")[0]!;

test.describe.configure({ mode: "serial", timeout: 240_000 });

test("every page reachable from /en answers, with the right lang, canonical, alternates and switcher", async ({ request, baseURL }) => {
  const pages = await site(request, baseURL!);
  expect(pages.size).toBeGreaterThan(100);
  const kinds = new Set([...pages.keys()].map((p) => p.split("/")[2] ?? "home"));
  expect([...kinds].sort()).toEqual(["genres", "home", "page", "people", "reviews", "years"]);

  for (const page of pages.values()) {
    const where = `on ${page.path}`;
    expect(page.status, where).toBeLessThan(400);
    expect(page.lang, where).toBe(localeOf(page.path));
    expect(page.dir, where).toBe(page.lang === "ar" ? "rtl" : "ltr");
    const own = page.alternates[page.lang!];
    // A page published in its locale is its own canonical; one that is not
    // points at the version search engines should index instead.
    expect(page.canonical, where).toBe(own ? withoutQuery(page.path) : page.alternates["x-default"]);
    if (own) expect(own, where).toBe(withoutQuery(page.path));
    expect(
      page.switcher.map((s) => s.hreflang),
      where,
    ).toEqual(["en", "ja", "fr", "ar"]);
    for (const link of page.switcher) {
      if (link.translated) expect(link.href, `${where}, switcher ${link.hreflang}`).toBe(page.alternates[link.hreflang]);
      else expect(page.alternates[link.hreflang], `${where}, switcher ${link.hreflang}`).toBeUndefined();
    }
  }
});

test("hreflang alternates are reciprocal", async ({ request, baseURL }) => {
  const pages = await site(request, baseURL!);
  for (const page of pages.values()) {
    if (page.alternates[page.lang!] !== withoutQuery(page.path)) continue;
    for (const [hreflang, target] of Object.entries(page.alternates)) {
      const other = pages.get(target);
      expect(other, `${page.path} lists ${target}, which the crawl must reach`).toBeDefined();
      if (hreflang === "x-default") continue;
      expect(other!.alternates[page.lang!], `${target} must list ${page.path} back`).toBe(withoutQuery(page.path));
      expect(other!.alternates, `${target} and ${page.path} must agree`).toEqual(page.alternates);
    }
  }
});

test("paged lists link their pages both ways with rel=next and rel=prev", async ({ request, baseURL }) => {
  const pages = await site(request, baseURL!);
  const paged = [...pages.values()].filter((p) => p.next);
  // The e2e build shows 4 reviews a page: the home and drama lists have two pages in every locale.
  for (const path of ["/en", "/ar", "/en/genres/drama", "/ja/genres/drama"]) expect(paged.map((p) => p.path)).toContain(path);
  for (const page of paged) {
    const next = pages.get(page.next!);
    expect(next?.prev, `${page.next} must point back to ${page.path}`).toBe(page.path);
    expect(page.links, `${page.path} shows a visible link to the next page`).toContain(page.next);
  }
  const second = pages.get("/en/page/2")!;
  expect(second.canonical).toBe("/en/page/2");
  expect(second.next).toBeNull();
});

async function sitemapUrls(request: Parameters<typeof crawl>[0]) {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "sitemap", "xhtml:link"].includes(name) });
  const read = async (url: string) => {
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("xml");
    return parser.parse(await response.text(), true);
  };
  const root = await read("/sitemap.xml");
  const files = root.sitemapindex ? await Promise.all(root.sitemapindex.sitemap.map((s: { loc: string }) => read(s.loc))) : [root];
  type Entry = { loc: string; "xhtml:link"?: { "@_hreflang": string; "@_href": string }[] };
  return files
    .flatMap((file) => file.urlset.url as Entry[])
    .map((entry) => ({
      path: new URL(entry.loc).pathname,
      alternates: Object.fromEntries((entry["xhtml:link"] ?? []).map((l) => [l["@_hreflang"], new URL(l["@_href"]).pathname])),
    }));
}

test("the sitemap lists exactly the published pages, with their own alternates", async ({ request, baseURL }) => {
  const pages = await site(request, baseURL!);
  const entries = await sitemapUrls(request);
  const published = [...pages.values()].filter((p) => p.alternates[p.lang!] === p.path).map((p) => p.path);
  expect(entries.map((e) => e.path).sort()).toEqual(published.sort());
  for (const entry of entries) expect(entry.alternates, entry.path).toEqual(pages.get(entry.path)!.alternates);

  // And, from the database: each live translation's review page is there.
  const live = await liveTranslations();
  const reviews = entries.map((e) => e.path).filter((p) => p.includes("/reviews/"));
  expect(reviews.sort()).toEqual(live.map((t) => `/${t.locale}/reviews/${t.slug}`).sort());
});

test("robots.txt allows the site, keeps crawlers out of admin, lets them read search's noindex, and points to the sitemap", async ({
  request,
  baseURL,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${new URL("/sitemap.xml", baseURL).toString()}`);
  expect(robots).toMatch(/Disallow: \/\*\/admin/);
  // Search pages are crawlable so that their noindex is seen (e2e/search.spec.ts checks it).
  expect(robots).not.toMatch(/Disallow: .*search/);
});

test("every review page carries parseable JSON-LD with the fields critic reviews need", async ({ request, baseURL }) => {
  const pages = await site(request, baseURL!);
  const reviews = [...pages.values()].filter((p) => p.path.includes("/reviews/"));
  expect(reviews.length).toBeGreaterThanOrEqual(24);
  for (const page of reviews) {
    expect(page.jsonLd, page.path).toHaveLength(1);
    const data = JSON.parse(page.jsonLd[0]!);
    expect(data, page.path).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Review",
      author: { name: expect.any(String) },
      publisher: { "@type": "Organization", name: "Marquee" },
      inLanguage: expect.any(String),
      datePublished: expect.any(String),
      dateCreated: expect.any(String),
      itemReviewed: { "@type": "Movie", name: expect.any(String), duration: expect.stringMatching(/^PT(\d+H)?(\d+M)?$/) },
    });
    expect(Date.parse(data.datePublished)).toBeGreaterThanOrEqual(Date.parse(data.dateCreated));
    expect(data.itemReviewed.director.length, page.path).toBeGreaterThan(0);
    if (data.reviewRating) expect(data.reviewRating).toMatchObject({ bestRating: 5, worstRating: 0.5 });
  }
  const drive = JSON.parse(pages.get("/en/reviews/drive")!.jsonLd[0]!);
  expect(drive.itemReviewed.actor[0]).toEqual({
    "@type": "PerformanceRole",
    actor: { "@type": "Person", name: "Ryan Gosling", url: new URL("/en/people/ryan-gosling", baseURL).toString() },
    characterName: "Driver",
  });
  expect(drive.itemReviewed.award).toContain("Won: Best Director, Cannes Film Festival 2011");
  // The seed does not know the trailer's upload day, which a VideoObject requires (e2e/editor-seo.spec.ts enters one).
  expect(drive.itemReviewed).not.toHaveProperty("trailer");
  expect(drive.itemReviewed.sameAs).toEqual(["https://www.imdb.com/title/tt0780504/"]);
  expect(drive.reviewRating.ratingValue).toBe(4.5);
  expect(drive.author).toEqual({ "@type": "Person", name: "Hana Lefèvre" });
});

test("every page's JSON-LD passes the structured-data validator, and lists carry an ItemList of their reviews", async ({ request, baseURL }) => {
  const pages = await site(request, baseURL!);
  let lists = 0;
  for (const page of pages.values()) {
    expect(await structuredDataErrors(page.jsonLd), page.path).toEqual([]);
    const list = page.jsonLd.map((block) => JSON.parse(block)).find((data) => data["@type"] === "ItemList");
    if (/^\/[a-z]{2}\/people\/[^/]+$/.test(page.path)) {
      // A person's page says who it is about, at its own address.
      const person = page.jsonLd.map((block) => JSON.parse(block)).find((data) => data["@type"] === "Person");
      expect(person, page.path).toMatchObject({ name: expect.any(String), url: new URL(page.path, baseURL).toString() });
    }
    const isList = /^\/[a-z]{2}(\/page\/\d+|\/genres\/.+|\/years\/.+|\/people\/.+)?$/.test(page.path);
    if (!isList) {
      expect(list, page.path).toBeUndefined();
      continue;
    }
    lists++;
    const cards = page.links.filter((link) => /^\/[a-z]{2}\/reviews\/[^/]+$/.test(link));
    const urls = list.itemListElement.map((item: { url: string }) => new URL(item.url).pathname);
    expect(urls.length, page.path).toBeGreaterThan(0);
    expect(cards, page.path).toEqual(expect.arrayContaining(urls));
    const first = list.itemListElement[0].position;
    const pageNumber = Number(page.path.match(/\/page\/(\d+)$/)?.[1] ?? 1);
    expect(first, page.path).toBe((pageNumber - 1) * Number(process.env.MARQUEE_PAGE_SIZE || 12) + 1);
  }
  expect(lists).toBeGreaterThan(20);
});
