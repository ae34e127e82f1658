import { expect, test } from "@playwright/test";
import { frontPort, topology } from "./topology-fixture";

// The topology serves the very build the single-server specs ran against,
// made for http://localhost:E2E_PORT, under another origin: the front's. No
// page may carry the build's origin, on its first response or any other.
// Runs before topology.spec.ts, so these are the first requests for each page.

const buildOrigin = `http://localhost:${process.env.E2E_PORT || 3100}`;
const siteOrigin = `http://localhost:${frontPort}`;

test("a build started under another origin links every page to the origin it serves", async ({ request }) => {
  const { b } = topology();
  expect(buildOrigin).not.toBe(siteOrigin);
  const sitemap = await (await request.get(`${b}/sitemap.xml`)).text();
  const firstPart = sitemap.match(/<loc>([^<]+)<\/loc>/)?.[1];
  expect(firstPart).toMatch(new RegExp(`^${siteOrigin}/sitemaps/`));
  const pages = [
    "/en",
    "/ja/reviews/drive",
    "/ar/reviews/drive",
    "/fr/genres",
    "/en/years",
    "/en/feed.xml",
    "/robots.txt",
    new URL(firstPart!).pathname,
  ];
  for (const path of pages) {
    const response = await request.get(`${b}${path}`);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    expect(body, path).toContain(siteOrigin);
    expect(body, path).not.toContain(buildOrigin);
  }
  // The review's canonical, og:url and JSON-LD, one by one.
  const review = await (await request.get(`${b}/ja/reviews/drive`)).text();
  expect(review).toContain(`<link rel="canonical" href="${siteOrigin}/ja/reviews/drive"/>`);
  expect(review).toContain(`<meta property="og:url" content="${siteOrigin}/ja/reviews/drive"/>`);
  expect(review).toContain(`"url":"${siteOrigin}/ja/reviews/drive"`);
});
