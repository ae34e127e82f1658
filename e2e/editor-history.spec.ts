import { expect, test, type APIRequestContext } from "@playwright/test";
import { createFilm, editorAccount, newClient, signIn, writeTranslation, gotoForm } from "./admin-fixtures";

test("edit twice, compare, restore the first; the public page shows it", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  const { slug } = await createFilm(page, { title: "History Test Film" });
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title: "History Test Film", commentary: "The first take was patient." });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.getByLabel("Review", { exact: true }).fill("The second take was hurried.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.goto(`/en/reviews/${slug}`);
  await expect(page.getByRole("region", { name: "Review" })).toContainText("The second take was hurried.");

  await page.goto(`/en/admin/films/${slug}/history`);
  await page.getByRole("radio", { name: "Compare from: English text 1" }).check();
  await page.getByRole("radio", { name: "to: English text 2" }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  const diff = page.getByRole("region", { name: "Changes from version 1 to version 2" });
  await expect(diff.locator("del")).toContainText(["first", "patient"]);
  await expect(diff.locator("ins")).toContainText(["second", "hurried"]);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Restore version 1 of English text" }).click();
  await expect(page.getByText("Version 1 was restored as a new version.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("row", { name: /English text 3/ })).toBeVisible();

  await page.goto(`/en/reviews/${slug}`);
  await expect(page.getByRole("region", { name: "Review" })).toContainText("The first take was patient.");
  await context.close();
});

/**
 * The film's card in the locale's home list, wherever it is: other specs
 * publish films meanwhile, which push an older film's card past page one.
 * Empty when the film is not listed in the first ten pages.
 */
async function homeCard(request: APIRequestContext, slug: string, locale: string) {
  for (let page = 1; page <= 10; page++) {
    const html = await (await request.get(page === 1 ? `/${locale}` : `/${locale}/page/${page}`)).text();
    const card = html.split("<article").find((part) => part.includes(`href="/${locale}/reviews/${slug}"`));
    if (card) return card.slice(0, card.indexOf("</article>"));
    if (!html.includes('rel="next"')) break;
  }
  return "";
}

/** Everything a reader or a crawler can reach for one film in one locale, fetched fresh: the first request after a change. */
async function surfaces(request: APIRequestContext, slug: string, locale: string, word: string) {
  const review = await request.get(`/${locale}/reviews/${slug}`);
  const index = await (await request.get("/sitemap.xml")).text();
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const sitemap = (await Promise.all(parts.map(async (part) => (await request.get(part)).text()))).join("\n");
  return {
    review: { status: review.status(), body: await review.text() },
    home: await homeCard(request, slug, locale),
    feed: await (await request.get(`/${locale}/feed.xml`)).text(),
    inSitemap: sitemap.includes(`/${locale}/reviews/${slug}<`),
    search: await (await request.get(`/${locale}/search?q=${encodeURIComponent(word)}`)).text(),
  };
}

test("a scheduled translation reaches the first reader after its time everywhere; a draft never does", async ({ browser, request }) => {
  test.setTimeout(150_000);
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  const word = `Zephyrine${Date.now().toString(36)}`;
  const draftWord = `下書き語${Date.now().toString(36)}`;
  const { slug } = await createFilm(page, { title: `Scheduled ${word}` });
  const due = Date.now() + 15_000;
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title: `Scheduled ${word}`, status: "published", publishAt: new Date(due).toISOString().slice(0, 19) });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await gotoForm(page, `/en/admin/films/${slug}/translations/ja?ref=en`);
  await writeTranslation(page, { title: `予定 ${draftWord}`, status: "draft" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.goto(`/en/admin?q=${word}`);
  await expect(page.getByRole("row", { name: new RegExp(word) })).toContainText("English: scheduled");

  const before = await surfaces(request, slug, "en", word);
  expect(before.review.status).toBe(404);
  for (const text of [before.home, before.feed]) expect(text).not.toContain(word);
  expect(before.search, "search (which echoes the query)").not.toContain(`/en/reviews/${slug}`);
  expect(before.inSitemap).toBe(false);

  // Nobody acts. The promise (README): within about 10 seconds of its time.
  await page.waitForTimeout(Math.max(0, due - Date.now()) + 12_000);
  const after = await surfaces(request, slug, "en", word);
  expect(after.review.status).toBe(200);
  expect(after.review.body).toContain(`Scheduled ${word}`);
  expect(after.home, "its card in the home list").toContain(word);
  expect(after.feed, "feed").toContain(word);
  expect(after.inSitemap, "sitemap").toBe(true);
  expect(after.search, "search").toContain(`/en/reviews/${slug}`);

  // A second language scheduled for a film already listed: its readers, cards, feed and sitemap get it at its time too.
  const frWord = `Zéphyrine${Date.now().toString(36)}`;
  const frDue = Date.now() + 20_000;
  await gotoForm(page, `/en/admin/films/${slug}/translations/fr?ref=en`);
  await writeTranslation(page, { title: `Programmé ${frWord}`, status: "published", publishAt: new Date(frDue).toISOString().slice(0, 19) });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // Past the save's second expiry (lib/editorial/revalidate.ts), so what is cached now stays until something expires it.
  await page.waitForTimeout(4_000);
  const frBefore = await surfaces(request, slug, "fr", frWord);
  expect(frBefore.review.body, "the English text, as a fallback").toContain(`Scheduled ${word}`);
  expect(frBefore.home, "its card in the French home list, in English meanwhile").toContain(word);
  for (const text of [frBefore.review.body, frBefore.home, frBefore.feed]) expect(text).not.toContain(frWord);
  expect(frBefore.inSitemap).toBe(false);
  await page.waitForTimeout(Math.max(0, frDue - Date.now()) + 12_000);
  const frAfter = await surfaces(request, slug, "fr", frWord);
  expect(frAfter.review.body).toContain(`Programmé ${frWord}`);
  expect(frAfter.home, "its card in the French home list").toContain(frWord);
  expect(frAfter.feed, "French feed").toContain(frWord);
  expect(frAfter.inSitemap, "sitemap").toBe(true);

  // The Japanese draft: its page falls back to the English text, and its own text is nowhere.
  const draft = await surfaces(request, slug, "ja", draftWord);
  expect(draft.review.body).not.toContain(draftWord);
  for (const text of [draft.home, draft.feed]) expect(text).not.toContain(draftWord);
  expect(draft.search).not.toContain(`/ja/reviews/${slug}`);
  expect(draft.inSitemap).toBe(false);
  await context.close();
});
