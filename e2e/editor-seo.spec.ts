import { expect, test } from "@playwright/test";
import { adminAccount, createFilm, gotoForm, newClient, signIn, writeTranslation } from "./admin-fixtures";
import { structuredDataErrors } from "./structured-data";

test("per-locale search title and description, with counters, and generated values when empty", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, adminAccount);
  const { slug } = await createFilm(page, { title: "Stalker", lang: "ru", year: "1979" });
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);

  const seoTitle = page.getByLabel("Search title");
  const seoDescription = page.getByLabel("Search description");
  await expect(seoTitle).toHaveAccessibleDescription(/0 of about 60 characters/);
  await seoTitle.fill("Stalker: a walk into the Zone");
  await expect(seoTitle).toHaveAccessibleDescription(/29 of about 60 characters/);
  await seoDescription.fill("Tarkovsky's slow, haunted journey, reviewed.");
  await expect(seoDescription).toHaveAccessibleDescription(/44 of about 160 characters/);
  await writeTranslation(page, {
    title: "Stalker",
    excerpt: "Three men cross a forbidden land.",
    commentary: "Long takes.\n\n:::spoiler\nThe room grants nothing at all.\n:::",
  });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.goto(`/en/reviews/${slug}`);
  await expect(page).toHaveTitle("Stalker: a walk into the Zone");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", "Tarkovsky's slow, haunted journey, reviewed.");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Stalker: a walk into the Zone");

  // Emptied, both are generated from the review again: title and year, and the excerpt.
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await page.getByLabel("Search title").fill("");
  await page.getByLabel("Search description").fill("");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.goto(`/en/reviews/${slug}`);
  await expect(page).toHaveTitle("Stalker (1979) review — Marquee");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", "Three men cross a forbidden land.");
  await expect(page.locator("head")).not.toContainText("grants nothing");
  await context.close();
});

test("a search title over the limit is refused with a field message, and the text is kept", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, adminAccount);
  const { slug } = await createFilm(page, { title: "Solaris" });
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await page.getByLabel("Search title").evaluate((el: HTMLInputElement) => el.removeAttribute("maxlength"));
  await page.getByLabel("Search title").fill("x".repeat(201));
  await writeTranslation(page, { title: "Solaris" });
  await expect(page.getByLabel("Search title")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Search title")).toHaveValue("x".repeat(201));
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Solaris");
  await context.close();
});

test("a trailer's upload day and the film's Wikidata and IMDb links make valid VideoObject and sameAs markup", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, adminAccount);
  const { slug } = await createFilm(page, { title: "Le Samouraï", lang: "fr", year: "1967" });
  await gotoForm(page, `/en/admin/films/${slug}/facts`);
  await page.getByLabel("Trailer (any YouTube link)").fill("https://youtu.be/KBiOF3y1W0Y");
  // Each field refuses what is not one, in words, and keeps the rest.
  await page.getByLabel("Wikidata item (Q… id or link)").fill("Samourai");
  await page.getByLabel("IMDb title (tt… id or link)").fill("https://www.imdb.com/name/nm0000001/");
  await page.getByRole("button", { name: "Save facts" }).click();
  await expect(page.getByLabel("Wikidata item (Q… id or link)")).toHaveAccessibleDescription(/This is not a Wikidata item/);
  await expect(page.getByLabel("IMDb title (tt… id or link)")).toHaveAccessibleDescription(/This is not an IMDb title/);
  await expect(page.getByLabel("Trailer (any YouTube link)")).toHaveValue("https://youtu.be/KBiOF3y1W0Y");

  await page.getByLabel("Trailer published on YouTube (date)").fill("2011-06-01");
  await page.getByLabel("Wikidata item (Q… id or link)").fill("https://www.wikidata.org/wiki/Q42");
  await page.getByLabel("IMDb title (tt… id or link)").fill("TT0062229");
  await page.getByRole("button", { name: "Save facts" }).click();
  await expect(page.getByText("Facts saved.")).toBeVisible();
  // Stored as ids, shown back as they will be used.
  await gotoForm(page, `/en/admin/films/${slug}/facts`);
  await expect(page.getByLabel("Wikidata item (Q… id or link)")).toHaveValue("Q42");
  await expect(page.getByLabel("IMDb title (tt… id or link)")).toHaveValue("tt0062229");
  await expect(page.getByLabel("Trailer published on YouTube (date)")).toHaveValue("2011-06-01");

  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title: "Le Samouraï" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.goto(`/en/reviews/${slug}`);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(await structuredDataErrors(blocks)).toEqual([]);
  const movie = JSON.parse(blocks[0]!).itemReviewed;
  expect(movie.trailer).toMatchObject({
    "@type": "VideoObject",
    uploadDate: "2011-06-01",
    contentUrl: "https://www.youtube.com/watch?v=KBiOF3y1W0Y",
  });
  expect(movie.sameAs).toEqual(["https://www.wikidata.org/wiki/Q42", "https://www.imdb.com/title/tt0062229/"]);
  await context.close();
});
