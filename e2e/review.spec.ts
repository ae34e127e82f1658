import { expect, test } from "@playwright/test";
import { drive } from "../prisma/seed/films/drive";
import { people } from "../prisma/seed/people";
import { alternates, findCard, htmlLangDir, switcher } from "./helpers";

test("the Drive page shows every fact in English", async ({ page }) => {
  await page.goto("/en/reviews/drive");
  await expect(page).toHaveTitle("Drive (2011) review — Marquee");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Drive");

  const facts = page.locator(".film-facts");
  const fact = (label: string) => facts.locator("div", { has: page.locator("dt", { hasText: label }) }).locator("dd");
  await expect(fact("Year")).toHaveText("2011");
  await expect(fact("Country")).toHaveText("United States");
  await expect(fact("Genres")).toHaveText("Crime, Action, Drama, and Neo-noir");
  await expect(fact("Director")).toHaveText("Nicolas Winding Refn");
  await expect(fact("Based on")).toHaveText("the novel Drive (2005) by James Sallis");
  await expect(fact("Running time")).toHaveText("100 minutes");
  await expect(fact("Rating")).toHaveText("4.5 out of 5");

  const cast = page.getByRole("region", { name: "Cast" }).getByRole("listitem");
  await expect(cast).toHaveCount(drive.cast.length);
  for (const [index, member] of drive.cast.entries()) {
    await expect(cast.nth(index)).toHaveText(`${people[member.person]!.name} as ${member.character}`);
  }

  // The warning comes before the synopsis and the trailer.
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  const warningAt = headings.findIndex((h) => h.includes("Content warning"));
  expect(warningAt).toBeGreaterThan(-1);
  expect(warningAt).toBeLessThan(headings.indexOf("Synopsis"));
  expect(headings.indexOf("Synopsis")).toBeLessThan(headings.indexOf("Trailer"));
  await expect(page.getByText(/brutal, bloody killing/)).toBeVisible();

  await expect(page.getByRole("region", { name: "Synopsis" })).toContainText("Standard Gabriel (Oscar Isaac)");
  const commentary = page.getByRole("region", { name: "Review" });
  await expect(commentary).toContainText("Shane");
  await expect(commentary.getByRole("link", { name: "Shane" })).toHaveAttribute("href", "/en/reviews/shane");
  await expect(page.getByRole("region", { name: "Music" })).toContainText("Goodbye Uncle Tom");
  await expect(page.getByRole("region", { name: "Music" })).toContainText("Oh My Love");

  const awards = page.getByRole("region", { name: "Awards and nominations" }).getByRole("listitem");
  await expect(awards).toHaveCount(drive.awards.length);
  await expect(awards.filter({ hasText: "British Academy Film Awards" })).toHaveCount(4);
  await expect(awards.filter({ hasText: "Best Sound Editing" })).toContainText("Nominated");
  await expect(awards.filter({ hasText: "Cannes" })).toContainText("64th edition, 2011");
  await expect(awards.filter({ hasText: "Cannes" })).toContainText("Won");
  await expect(awards.filter({ hasText: "Best Actress in a Supporting Role" })).toContainText("Carey Mulligan");

  await expect(page.getByRole("link", { name: "Play trailer: Drive – Movie Trailer (2011) HD" })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/reviews\/drive$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Refn/);
});

test("the commentary link to Shane follows the reader's locale", async ({ page }) => {
  await page.goto("/fr/reviews/drive");
  await page.getByRole("link", { name: "L’Homme des vallées perdues" }).click();
  await expect(page).toHaveURL(/\/fr\/reviews\/shane$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("L’Homme des vallées perdues");
});

test("an English-only review in Japanese says so and marks the English text", async ({ page }) => {
  await page.goto("/ja/reviews/la-haine");
  expect(await htmlLangDir(page)).toEqual({ lang: "ja", dir: "ltr" });
  const notice = page.getByRole("note");
  await expect(notice).toContainText("まだ日本語に翻訳されていません");
  await expect(notice).toContainText("英語");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La Haine");
  await expect(page.locator('section[lang="en"]').first()).toContainText("Vinz (Vincent Cassel)");
  // Facts and labels are still in Japanese.
  await expect(page.getByRole("heading", { name: "あらすじ" })).toHaveAttribute("lang", "ja");

  expect(await alternates(page)).toEqual({ en: "/en/reviews/la-haine", "x-default": "/en/reviews/la-haine" });
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/reviews\/la-haine$/);

  const nav = switcher(page);
  for (const [name, translated] of [
    ["English", true],
    ["日本語", false],
    ["Français", false],
    ["العربية", false],
  ] as const) {
    const link = nav.getByRole("link", { name: new RegExp(`^${name}`) });
    if (translated) await expect(link).not.toHaveAttribute("data-translated");
    else await expect(link).toHaveAttribute("data-translated", "false");
    if (!translated) await expect(link).toContainText("未翻訳");
  }
  await expect(nav.getByRole("link", { name: /^日本語/ })).toHaveAttribute("aria-current", "page");
});

test("a draft translation is never shown to readers", async ({ page }) => {
  await page.goto("/ja/reviews/a-separation");
  await expect(page.getByRole("note")).toContainText("まだ日本語に翻訳されていません");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A Separation");
  await expect(page.locator("body")).not.toContainText("別離");
  await expect(page.locator("body")).not.toContainText("草稿");
  expect(Object.keys(await alternates(page)).sort()).toEqual(["ar", "en", "fr", "x-default"]);
  await expect(switcher(page).getByRole("link", { name: /^日本語/ })).toContainText("未翻訳");

  const card = await findCard(page, "/ja", "A Separation");
  await expect(card).toContainText("英語で表示(未翻訳)");
  await expect(page.locator("body")).not.toContainText("別離");
});
