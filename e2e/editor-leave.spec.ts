import { expect, test, type Page } from "@playwright/test";
import { createFilm, editorAccount, gotoForm, newClient, signIn, writeTranslation } from "./admin-fixtures";
import { translationRow } from "./test-db";

// Nothing an editor types is lost on the way out: every way of leaving asks
// first, and the browser keeps the text until it is saved.

async function filmWithEnglish(page: Page, title: string) {
  await signIn(page, editorAccount);
  const { slug } = await createFilm(page, { title });
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  return slug;
}

const review = (page: Page) => page.getByLabel("Review", { exact: true });

test("a client-side link, the back button and closing the tab ask before leaving unsaved text", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  const slug = await filmWithEnglish(page, "Leave Guard Film");
  const editorUrl = new RegExp(`/en/admin/films/${slug}/translations/en$`);
  await page.goto(`/en/admin/films/${slug}`);
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await review(page).fill("Words nobody has saved yet.");

  // The admin menu's "Reviews" link (client-side navigation): asked, stays.
  const asked: string[] = [];
  page.on("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Reviews" }).click();
  await expect.poll(() => asked).toEqual(["confirm"]);
  await expect(page).toHaveURL(editorUrl);
  await expect(review(page)).toHaveValue("Words nobody has saved yet.");

  // The browser's back button: asked, stays.
  await page.goBack({ waitUntil: "commit" }).catch(() => null);
  await expect.poll(() => asked).toEqual(["confirm", "confirm"]);
  await expect(page).toHaveURL(editorUrl);
  await expect(review(page)).toHaveValue("Words nobody has saved yet.");

  // Closing the tab or reloading: the browser's own prompt.
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(["confirm", "confirm", "beforeunload"]);
  expect(page.isClosed()).toBe(false);

  // Saved: nothing to ask, and the link goes where it says.
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Reviews" }).click();
  await expect(page).toHaveURL(/\/en\/admin$/);
  expect(asked).toHaveLength(3);
  await context.close();
});

test("text kept in the browser is offered back after the tab was closed, and saves", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  const slug = await filmWithEnglish(page, "Recovery Film");
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await page.getByLabel("Title", { exact: true }).fill("Recovery Film, recovered");
  await review(page).fill("A paragraph written just before the tab was closed.");
  await page.waitForTimeout(600); // the browser keeps the text a moment after typing stops
  await page.close(); // no prompt: as a crash or a closed window would

  const again = await context.newPage();
  await gotoForm(again, `/en/admin/films/${slug}/translations/en`);
  const offer = again.getByRole("alert").filter({ hasText: "This browser kept text you had not saved" });
  await expect(offer).toBeVisible();
  await expect(review(again)).toHaveValue(`Recovery Film: review.`);
  await offer.getByRole("button", { name: "Restore my unsaved text" }).click();
  await expect(review(again)).toHaveValue("A paragraph written just before the tab was closed.");
  await expect(again.getByLabel("Title", { exact: true })).toHaveValue("Recovery Film, recovered");
  await again.getByRole("button", { name: "Save", exact: true }).click();
  await expect(again.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect((await translationRow(slug, "en"))?.commentary).toBe("A paragraph written just before the tab was closed.");

  // Saved text is no longer offered.
  await gotoForm(again, `/en/admin/films/${slug}/translations/en`);
  await expect(again.getByRole("alert").filter({ hasText: "This browser kept text" })).toHaveCount(0);
  await context.close();
});
