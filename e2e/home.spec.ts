import { expect, test } from "@playwright/test";
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

test("the English home lists every published review, newest first", async ({ page }) => {
  await page.goto("/en");
  await expect(page).toHaveTitle("Marquee — film reviews");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Latest reviews");
  const cards = page.getByRole("article");
  const expected = publishedIn("en");
  await expect(cards).toHaveCount(expected.length);
  for (const [index, film] of expected.entries()) {
    const card = cards.nth(index);
    await expect(card.getByRole("heading", { level: 2 })).toContainText(film.text.title);
    await expect(card.getByRole("heading", { level: 2 })).toContainText(String(film.year));
    await expect(card).toContainText(film.text.excerpt);
    await expect(card.getByRole("link", { name: film.text.title })).toHaveAttribute("href", `/en/reviews/${film.slug}`);
  }
  const drive = cards.filter({ hasText: "Drive" });
  await expect(drive).toContainText("Directed by Nicolas Winding Refn");
  await expect(drive).toContainText("Crime, Action, Drama, and Neo-noir");
});

test("the Japanese home uses Japanese titles and marks untranslated entries", async ({ page }) => {
  await page.goto("/ja");
  const cards = page.getByRole("article");
  const expected = publishedIn("ja");
  await expect(cards).toHaveCount(expected.length);
  for (const [index, film] of expected.entries()) {
    await expect(cards.nth(index).getByRole("heading", { level: 2 })).toContainText(film.text.title);
  }
  await expect(cards.filter({ hasText: "ドライヴ" })).toContainText("監督:ニコラス・ウィンディング・レフン");
  const laHaine = cards.filter({ hasText: "La Haine" });
  await expect(laHaine.getByRole("link", { name: "La Haine" })).toHaveAttribute("lang", "en");
  await expect(laHaine).toContainText("未翻訳");
});
