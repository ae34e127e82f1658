import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";

import { locales } from "./helpers";
import { seedSpoilers } from "./spoilers";
import { liveTranslations } from "./test-db";

const spoilers = seedSpoilers();

test("the seed has spoilers to hide in every locale", () => {
  expect(new Set(spoilers.map((s) => s.locale))).toEqual(new Set(locales));
});

for (const locale of locales) {
  test(`the ${locale} feed parses and holds only ${locale} reviews, without spoilers`, async ({ page, request }) => {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await response.text();
    const feed = new XMLParser({ isArray: (name) => name === "item" }).parse(xml, true);
    expect(feed.rss.channel.language).toBe(locale);
    const items = feed.rss.channel.item as { title: string; link: string; description: string }[];
    const live = (await liveTranslations(locale)).slice(0, 20);
    expect(items.map((i) => new URL(i.link).pathname)).toEqual(live.map((t) => `/${locale}/reviews/${t.slug}`));
    expect(items.map((i) => i.title)).toEqual(live.map((t) => t.title));
    for (const spoiler of spoilers) expect(xml).not.toContain(spoiler.text);
    // RSS <author> would have to be an e-mail address: critics are named in dc:creator, its namespace declared.
    expect(xml).not.toContain("<author>");
    expect(xml).toMatch(/<rss [^>]*xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
    const drive = (items as { link: string; "dc:creator"?: string }[]).find((i) => i.link.endsWith("/reviews/drive"));
    expect(drive?.["dc:creator"]).toBe("Hana Lefèvre");

    // Readers' feed software finds it from any page.
    await page.goto(`/${locale}`);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      "href",
      new RegExp(`/${locale}/feed\\.xml$`),
    );
  });
}

test("a spoiler is collapsed until the reader opens it, with the keyboard too", async ({ page }) => {
  await page.goto("/en/reviews/drive");
  const spoiler = page.locator("details").filter({ hasText: "Show spoilers" });
  await expect(spoiler).toHaveCount(1);
  await expect(spoiler).not.toHaveAttribute("open");
  const hidden = spoiler.getByText("sits motionless behind the wheel");
  await expect(hidden).toBeHidden();
  const summary = spoiler.locator("summary");
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(spoiler).toHaveAttribute("open");
  await expect(hidden).toBeVisible();
  await page.keyboard.press("Space");
  await expect(hidden).toBeHidden();
});

test("spoilers stay collapsed without JavaScript, and the summary is in the reader's language", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/ar/reviews/drive");
  const spoiler = page.locator("details");
  await expect(spoiler.locator("summary")).toHaveText("إظهار حرق الأحداث");
  await expect(spoiler).not.toHaveAttribute("open");
  await spoiler.locator("summary").click();
  await expect(spoiler).toHaveAttribute("open");
  await context.close();
});

for (const locale of locales) {
  test(`no spoiler reaches the ${locale} review's description, social cards or JSON-LD`, async ({ page }) => {
    await page.goto(`/${locale}/reviews/drive`);
    const spoiler = spoilers.find((s) => s.slug === "drive" && s.locale === locale)!;
    await expect(page.locator("details")).toContainText(spoiler.text);
    const head = await page.locator("head").innerHTML();
    expect(head).not.toContain(spoiler.text);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(jsonLd).not.toContain(spoiler.text);
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();
  });
}
