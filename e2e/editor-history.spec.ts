import { expect, test } from "@playwright/test";
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

test("a scheduled translation appears once its time has passed", async ({ browser }) => {
  test.setTimeout(150_000);
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  const { slug } = await createFilm(page, { title: "Scheduled Test Film" });
  const at = new Date(Date.now() + 10_000).toISOString().slice(0, 19);
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title: "Scheduled Test Film", status: "published", publishAt: at });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.goto("/en/admin?q=Scheduled");
  await expect(page.getByRole("row", { name: /Scheduled Test Film/ })).toContainText("English: scheduled");

  const reader = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "en" } });
  const readerPage = await reader.newPage();
  const response = await readerPage.goto(`/en/reviews/${slug}`);
  expect(response?.status()).toBe(404);
  // Nobody acts: the statically served page is regenerated after the time passes.
  await expect
    .poll(
      async () => {
        const r = await readerPage.goto(`/en/reviews/${slug}`);
        return r?.status();
      },
      { timeout: 120_000, intervals: [2_000] },
    )
    .toBe(200);
  await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText("Scheduled Test Film");
  await reader.close();
  await context.close();
});
