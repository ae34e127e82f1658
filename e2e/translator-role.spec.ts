import { expect, test } from "@playwright/test";
import { callAction, sessionCookie } from "./action-client";
import { createFilm, editorAccount, gotoForm, newClient, signIn, translatorAccount, writeTranslation } from "./admin-fixtures";
import { filmFields, translationFields } from "./guard-probes";
import { dbRows, translationRow } from "./test-db";

// The demo translator works in Japanese only: they land on the Japanese
// queue, write and publish Japanese, and can neither write another language
// nor touch the facts, whether through the pages or by calling the actions.

test("a translator for Japanese lands on the Japanese queue, publishes Japanese, and cannot write French or facts", async ({ browser, request }) => {
  test.setTimeout(90_000);
  const editorContext = await newClient(browser);
  const editor = await editorContext.newPage();
  await signIn(editor, editorAccount);
  const { slug } = await createFilm(editor, { title: "Translator Role Film" });
  await gotoForm(editor, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(editor, { title: "Translator Role Film" });
  await expect(editor.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const context = await newClient(browser);
  const page = await context.newPage();
  await gotoForm(page, "/en/admin/sign-in");
  await page.locator("#email").fill(translatorAccount.email);
  await page.locator("#password").fill(translatorAccount.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/admin\/queue\/ja$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("To translate into Japanese");
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Trash" })).toHaveCount(0);

  // Their own language: from the queue (oldest first, so this new film is on its last page) to the editor.
  await page.goto("/en/admin/queue/ja?page=100000");
  await page.getByRole("link", { name: "Translator Role Film" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/films/${slug}/translations/ja$`));
  await writeTranslation(page, { title: "翻訳者の映画", commentary: "翻訳者が書いた。" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect((await translationRow(slug, "ja"))?.commentary).toBe("翻訳者が書いた。");
  expect((await page.goto(`/ja/reviews/${slug}`))?.status()).toBe(200);

  // Another language: shown for reference, no form, and the action refuses.
  await page.goto(`/en/admin/films/${slug}/translations/fr`);
  await expect(page.getByText("You translate into Japanese.")).toBeVisible();
  await expect(page.locator("form.translation-editor")).toHaveCount(0);
  const cookie = await sessionCookie(translatorAccount);
  const french = await callAction(
    request,
    "saveTranslation",
    { ...translationFields(slug, "Écrit en douce.", 0), locale: "fr" },
    cookie,
    `/en/admin/films/${slug}/translations/fr`,
  );
  expect(await french.text()).toContain("errors.notAllowed");
  expect(await translationRow(slug, "fr")).toBeUndefined();

  // Facts: the pages send them back, the action refuses.
  await page.goto(`/en/admin/films/${slug}/facts`);
  await expect(page).toHaveURL(/\/en\/admin\/queue\/ja$/);
  const facts = await callAction(
    request,
    "saveFilm",
    { ...filmFields(slug), existingSlug: slug, version: "1", originalTitle: "Taken over" },
    cookie,
    `/en/admin/films/${slug}/facts`,
  );
  expect(await facts.text()).toContain("errors.notAllowed");
  expect(await dbRows(`SELECT "originalTitle" FROM "Film" WHERE "slug" = ?`, [slug])).toEqual([{ originalTitle: "Translator Role Film" }]);
  await page.goto(`/en/admin/films/${slug}`);
  await expect(page.getByRole("link", { name: "Edit facts" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit Japanese" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit French" })).toHaveCount(0);
  await context.close();
  await editorContext.close();
});
