import { expect, test, type Page } from "@playwright/test";
import { adminAccount, createFilm, gotoForm, newClient, signIn, writeTranslation } from "./admin-fixtures";
import { findCard } from "./helpers";
import { dbRows } from "./test-db";

// Genres are a list admins keep: added with a name in every language, picked
// by editors, shown to readers by name (never by key) on the review, on the
// cards of every list and on the genre's own page; renamed and merged everywhere.

const facts = (page: Page) => page.getByRole("region", { name: /^(Film facts|Fiche du film|作品データ|بيانات الفيلم)$/ });

test("a genre added by an admin is named in each reader's language, then renamed and merged everywhere", async ({ browser }) => {
  test.setTimeout(150_000);
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, adminAccount);
  const tag = `${Date.now().toString(36)}${process.pid}`;
  const key = `documentary-${tag}`;
  const names = { en: `Documentary ${tag}`, ja: `ドキュメンタリー ${tag}`, fr: `Documentaire ${tag}`, ar: `وثائقي ${tag}` };
  await gotoForm(page, "/en/admin/genres");
  const add = page.getByRole("group", { name: "Add a genre" });
  await add.getByLabel(/^Key/).fill(key);
  await add.getByLabel("Name in English").fill(names.en);
  await add.getByLabel("Name in Japanese").fill(names.ja);
  await add.getByLabel("Name in French").fill(names.fr);
  await add.getByLabel("Name in Arabic").fill(names.ar);
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByText(`${names.en} was added to the list.`)).toBeVisible();

  const { slug } = await createFilm(page, { title: "Harbour Lights Film" });
  await gotoForm(page, `/en/admin/films/${slug}/facts`);
  await page.getByRole("checkbox", { name: names.en }).check();
  await page.getByRole("button", { name: "Save facts" }).click();
  await expect(page.getByText("Facts saved.")).toBeVisible();
  for (const locale of ["en", "ja", "fr", "ar"] as const) {
    await gotoForm(page, `/en/admin/films/${slug}/translations/${locale}`);
    await writeTranslation(page, { title: `Harbour ${locale} ${tag}` });
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  }
  for (const locale of ["en", "ja", "fr", "ar"] as const) {
    await page.goto(`/${locale}/reviews/${slug}`);
    await expect(facts(page).getByRole("link", { name: names[locale] })).toHaveAttribute("href", `/${locale}/genres/${key}`);
    await expect(page.locator("main")).not.toContainText(key);
    await page.goto(`/${locale}/genres/${key}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(names[locale]);
    await expect(page.getByRole("article").filter({ hasText: `Harbour ${locale} ${tag}` })).toContainText(names[locale]);
  }
  // The French home's card (wherever other tests' films put it) names it too.
  await expect(await findCard(page, "/fr", `Harbour fr ${tag}`)).toContainText(names.fr);

  // An editor's facts form opened before the merge below.
  const stale = await context.newPage();
  await gotoForm(stale, `/en/admin/films/${slug}/facts`);

  // Renamed in French: the review, the genre's page and the cards show the new name at once.
  await page.goto("/en/admin/genres");
  const entry = page.getByRole("group", { name: `${names.en} (${key})` });
  await entry.getByLabel("Name in French").fill(`Cinéma documentaire ${tag}`);
  await entry.getByRole("button", { name: `Save the names of ${names.en}` }).click();
  await expect(page.getByText(`The names of ${names.en} were saved.`)).toBeVisible();
  await page.goto(`/fr/reviews/${slug}`);
  await expect(facts(page)).toContainText(`Cinéma documentaire ${tag}`);
  await page.goto(`/fr/genres/${key}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Cinéma documentaire ${tag}`);
  await expect(await findCard(page, "/fr", `Harbour fr ${tag}`)).toContainText(`Cinéma documentaire ${tag}`);

  // Merged into Drama: the film is filed there, the genre's page is gone.
  await page.goto("/en/admin/genres");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByLabel("Merge this genre").selectOption(key);
  await page.getByLabel("into the genre that stays").selectOption("drama");
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByText(`1 films moved from ${key} to drama`)).toBeVisible();
  await page.goto(`/ja/reviews/${slug}`);
  await expect(facts(page).getByRole("link", { name: "ドラマ" })).toHaveAttribute("href", "/ja/genres/drama");
  await expect(facts(page)).not.toContainText(names.ja);
  expect((await page.goto(`/en/genres/${key}`))!.status()).toBe(404);
  expect(await dbRows(`SELECT "slug" FROM "Genre" WHERE "slug" = ?`, [key])).toEqual([]);

  // The form opened before the merge still ticks the merged genre: the save says so, and changes nothing.
  await stale.getByRole("button", { name: "Save facts" }).click();
  await expect(stale.getByText(`“${key}” is no longer in the list of genres`)).toBeVisible();
  await context.close();
});
