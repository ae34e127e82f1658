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

type Card = { slug: string; heading: string; text: string; href: string; titleLang: string | null };

/**
 * The home list's seed films, in list order, across its pages (following
 * rel="next"). Films that other tests create and publish are left out.
 */
async function seedCards(page: Page, locale: string): Promise<Card[]> {
  const seedSlugs = new Set(seedFilms.map((f) => f.slug));
  const cards: Card[] = [];
  await page.goto(`/${locale}`);
  for (;;) {
    await expect(page.getByRole("article").first()).toBeVisible();
    cards.push(
      ...(await page.getByRole("article").evaluateAll(
        (articles, base) =>
          articles.map((a) => {
            const link = a.querySelector("h2 a")!;
            return {
              slug: link.getAttribute("href")!.replace(base, ""),
              heading: a.querySelector("h2")!.textContent!,
              text: a.textContent!,
              href: link.getAttribute("href")!,
              titleLang: link.getAttribute("lang"),
            };
          }),
        `/${locale}/reviews/`,
      )),
    );
    const next = page.locator('nav a[rel="next"]');
    if ((await next.count()) === 0) break;
    await page.goto((await next.getAttribute("href")) as string);
  }
  // Other tests publishing or trashing films while we page can shift a card
  // across a page boundary: keep the first sighting of each.
  return cards.filter((c, i) => seedSlugs.has(c.slug) && cards.findIndex((d) => d.slug === c.slug) === i);
}

/** The seed cards once a full pass over the pages saw all of them in order. */
async function allSeedCards(page: Page, locale: string, expected: readonly string[]): Promise<Card[]> {
  let cards: Card[] = [];
  await expect(async () => {
    cards = await seedCards(page, locale);
    expect(cards.map((c) => c.slug)).toEqual(expected);
  }).toPass({ timeout: 20_000 });
  return cards;
}

test("the English home lists every published review, newest first", async ({ page }) => {
  await page.goto("/en");
  await expect(page).toHaveTitle("Marquee — film reviews");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Latest reviews");
  const expected = publishedIn("en");
  const cards = await allSeedCards(
    page,
    "en",
    expected.map((f) => f.slug),
  );
  for (const [index, film] of expected.entries()) {
    const card = cards[index]!;
    expect(card.heading).toContain(film.text.title);
    expect(card.heading).toContain(String(film.year));
    expect(card.text).toContain(film.text.excerpt);
    expect(card.href).toBe(`/en/reviews/${film.slug}`);
  }
  const drive = cards.find((c) => c.slug === "drive")!;
  expect(drive.text).toContain("Directed by Nicolas Winding Refn");
  expect(drive.text).toContain("Crime, Action, Drama, and Neo-noir");
});

test("the Japanese home uses Japanese titles and marks untranslated entries", async ({ page }) => {
  const expected = publishedIn("ja");
  const seeded = await allSeedCards(
    page,
    "ja",
    expected.map((f) => f.slug),
  );
  for (const [index, film] of expected.entries()) expect(seeded[index]!.heading).toContain(film.text.title);
  expect(seeded.find((c) => c.slug === "drive")!.text).toContain("監督:ニコラス・ウィンディング・レフン");
  const laHaine = seeded.find((c) => c.slug === "la-haine")!;
  expect(laHaine.titleLang).toBe("en");
  expect(laHaine.text).toContain("未翻訳");
});
