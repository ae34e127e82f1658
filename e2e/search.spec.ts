import { expect, test, type Page } from "@playwright/test";

import { seedSpoilers } from "./spoilers";
import { translationRow } from "./test-db";

async function resultSlugs(page: Page, locale: string) {
  const links = page.locator("main article .review-card__title a");
  return (await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))).map((href) => href.replace(`/${locale}/reviews/`, ""));
}

test("English search finds reviews by title, person and words in the text", async ({ page }) => {
  await page.goto("/en");
  const box = page.getByRole("search").getByRole("searchbox", { name: "Search reviews" });
  await box.fill("gosling");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/en\/search\?q=gosling$/);
  await expect(page.locator("#search-results-heading")).toHaveText("1 review matches “gosling”");
  expect(await resultSlugs(page, "en")).toEqual(["drive"]);

  await page.goto("/en/search?q=shane");
  const slugs = await resultSlugs(page, "en");
  // The title match ranks above a mention in another review's text.
  expect(slugs[0]).toBe("shane");
  expect(slugs).toContain("drive");
  await expect(page.locator(".search-snippet mark").first()).toBeVisible();

  await page.goto(`/en/search?q=${encodeURIComponent("Cléo")}`);
  expect(await resultSlugs(page, "en")).toEqual(["cleo-from-5-to-7"]);
  await page.goto("/en/search?q=cleo");
  expect(await resultSlugs(page, "en")).toEqual(["cleo-from-5-to-7"]);
});

test("Japanese search matches words inside unspaced text", async ({ page }) => {
  for (const [query, expected] of [
    ["ドライヴ", "drive"],
    ["監督", "drive"],
    ["ゴズリング", "drive"],
    ["千と千尋", "spirited-away"],
  ] as const) {
    await page.goto(`/ja/search?q=${encodeURIComponent(query)}`);
    expect(await resultSlugs(page, "ja"), query).toContain(expected);
    await expect(page.locator("main .search-snippet").first()).toBeVisible();
  }
  await page.goto(`/ja/search?q=${encodeURIComponent("存在しない言葉")}`);
  await expect(page.locator("#search-results-heading")).toHaveText("「存在しない言葉」に一致するレビューはありません");
});

test("words that appear only inside spoilers find nothing", async ({ page }) => {
  for (const spoiler of seedSpoilers().filter((s) => s.slug === "drive")) {
    const words = { en: "motionless", ja: "駐車場", fr: "parking désert", ar: "موقف سيارات مهجور" } as Record<string, string>;
    for (const word of [words[spoiler.locale]!]) {
      await page.goto(`/${spoiler.locale}/search?q=${encodeURIComponent(word)}`);
      expect(await resultSlugs(page, spoiler.locale), `${spoiler.locale}: ${word}`).toEqual([]);
      await expect(page.locator("main")).not.toContainText(spoiler.text);
    }
    // The twin: the same review is found by its own title in that language, so search itself works.
    const { title } = (await translationRow("drive", spoiler.locale))!;
    await page.goto(`/${spoiler.locale}/search?q=${encodeURIComponent(title)}`);
    expect(await resultSlugs(page, spoiler.locale), `${spoiler.locale}: ${title}`).toContain("drive");
  }
});

test("search works without JavaScript and says so when nothing matches", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/fr/search");
  await page.getByRole("main").getByRole("searchbox").fill("introuvable");
  await page.getByRole("main").getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/\/fr\/search\?q=introuvable$/);
  await expect(page.locator("#search-results-heading")).toHaveText("Aucune critique ne correspond à « introuvable »");
  await context.close();
});

test("hostile queries never cause a server error", async ({ request }) => {
  const queries = [
    "' OR 1=1 --",
    "'); DROP TABLE Film; --",
    'drive" OR "x',
    "NEAR(drive gosling, 2)",
    "title:drive",
    "dri*",
    "^drive",
    "drive AND NOT shane",
    "(((",
    "%_%\\",
    "🎬🍿 ドライヴ 🚗",
    "x".repeat(10 * 1024),
    "ドライヴ ".repeat(250),
  ];
  for (const q of queries) {
    for (const locale of ["en", "ja"]) {
      const response = await request.get(`/${locale}/search?q=${encodeURIComponent(q)}&page=${encodeURIComponent("9'9")}`);
      expect(response.status(), q.slice(0, 40)).toBe(200);
    }
  }
  const long = await request.get(`/en/search?q=${"x".repeat(10 * 1024)}`);
  expect(await long.text()).toContain("only its first 200 characters were used");
});

test("the search page keeps its query when switching language, and is not indexed", async ({ page }) => {
  await page.goto("/en/search?q=drive");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const link = page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: /日本語/ });
  await expect(link).toHaveAttribute("href", "/ja/search?q=drive");
});
