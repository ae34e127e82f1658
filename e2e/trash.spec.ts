import { checkGuard } from "./guard-table";
import { expect, test } from "@playwright/test";
import { adminAccount, createFilm, newClient, signIn, writeTranslation, gotoForm } from "./admin-fixtures";
import { dbRow } from "./test-db";

// Emptying the trash deletes every trashed film, whoever trashed it: these run
// one after the other in the last Playwright project, after all other specs.
test.describe.configure({ mode: "serial" });

test("emptyTrash: refused below admin, done by admin", ({ request }) => checkGuard(request, "emptyTrash"));

test("a trashed film disappears for readers, comes back whole, and is gone once an admin empties the trash", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, adminAccount);
  const { slug } = await createFilm(page, { title: "Trash Test Film" });
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title: "Trash Test Film" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await gotoForm(page, `/en/admin/films/${slug}/translations/fr`);
  await writeTranslation(page, { title: "Film de la corbeille" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect((await page.goto(`/fr/reviews/${slug}`))?.status()).toBe(200);

  await page.goto(`/en/admin/films/${slug}`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Move to trash" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/trash$/);
  await expect(page.getByRole("row", { name: /Trash Test Film/ })).toBeVisible();
  expect((await page.goto(`/fr/reviews/${slug}`))?.status()).toBe(404);
  await page.goto(`/en/admin?q=Trash Test`);
  await expect(page.locator("tbody tr")).toHaveCount(0);

  await page.goto("/en/admin/trash");
  await page.getByRole("button", { name: "Restore Trash Test Film" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/films/${slug}$`));
  await expect(page.getByRole("row", { name: /French: published/ })).toBeVisible();
  await page.goto(`/fr/reviews/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Film de la corbeille");
  await page.goto(`/en/admin/films/${slug}/history`);
  await expect(page.getByRole("row", { name: /French text 1/ })).toBeVisible();

  await page.goto(`/en/admin/films/${slug}`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Move to trash" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/trash$/);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Empty the trash" }).click();
  await expect(page.getByText("The trash is empty.")).toBeVisible();
  expect(await dbRow(`SELECT CAST(COUNT(*) AS INTEGER) AS "n" FROM "Film" WHERE "slug" = ?`, [slug])).toEqual({ n: 0 });
  // No revision outlives its film (the relation cascades). Quoted names: the same SQL on SQLite and PostgreSQL.
  const orphans = `SELECT CAST(COUNT(*) AS INTEGER) AS "n" FROM "Revision" r LEFT JOIN "Film" f ON f."id" = r."filmId" WHERE f."id" IS NULL`;
  expect(await dbRow(orphans)).toEqual({ n: 0 });
  await context.close();
});
