import { expect, test, type Page } from "@playwright/test";
import { seedFilms } from "../prisma/seed/films";

const publishedIn = (locale: "en" | "ja") =>
  seedFilms
    .filter((film) => Object.values(film.translations).some((t) => t?.status === "published"))
    .map((film) => {
      const own = film.translations[locale];
      const text = own?.status === "published" ? own : film.translations.en!;
      return { ...film, text };
    })
    .sort((a, b) => Date.parse(b.text.publishedAt!) - Date.parse(a.text.publishedAt!));

/**
 * The home list's seed films, in page order. Films that other tests create
 * and publish while this one runs are left out.
 */
async function seedCards(page: Page, locale: string) {
  const seedSlugs = new Set(seedFilms.map((f) => f.slug));
  const cards = page.getByRole("article");
  await expect(cards.first()).toBeVisible();
  const slugs = await cards.evaluateAll((articles, base) =>
    articles.map((a) => a.querySelector("h2 a")!.getAttribute("href")!.replace(base, "")), `/${locale}/reviews/`);
  return slugs.flatMap((slug, index) => (seedSlugs.has(slug) ? [{ slug, card: cards.nth(index) }] : []));
}

test("the English home lists every published review, newest first", async ({ page }) => {
  await page.goto("/en");
  await expect(page).toHaveTitle("Marquee — film reviews");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Latest reviews");
  const expected = publishedIn("en");
  const cards = await seedCards(page, "en");
  expect(cards.map((c) => c.slug)).toEqual(expected.map((f) => f.slug));
  for (const [index, film] of expected.entries()) {
    const card = cards[index]!.card;
    await expect(card.getByRole("heading", { level: 2 })).toContainText(film.text.title);
    await expect(card.getByRole("heading", { level: 2 })).toContainText(String(film.year));
    await expect(card).toContainText(film.text.excerpt);
    await expect(card.getByRole("link", { name: film.text.title })).toHaveAttribute("href", `/en/reviews/${film.slug}`);
  }
  const drive = page.getByRole("article").filter({ hasText: "Drive" });
  await expect(drive).toContainText("Directed by Nicolas Winding Refn");
  await expect(drive).toContainText("Crime, Action, Drama, and Neo-noir");
});

test("the Japanese home uses Japanese titles and marks untranslated entries", async ({ page }) => {
  await page.goto("/ja");
  const expected = publishedIn("ja");
  const seeded = await seedCards(page, "ja");
  expect(seeded.map((c) => c.slug)).toEqual(expected.map((f) => f.slug));
  for (const [index, film] of expected.entries()) {
    await expect(seeded[index]!.card.getByRole("heading", { level: 2 })).toContainText(film.text.title);
  }
  const cards = page.getByRole("article");
  await expect(cards.filter({ hasText: "ドライヴ" })).toContainText("監督:ニコラス・ウィンディング・レフン");
  const laHaine = cards.filter({ hasText: "La Haine" });
  await expect(laHaine.getByRole("link", { name: "La Haine" })).toHaveAttribute("lang", "en");
  await expect(laHaine).toContainText("未翻訳");
});
