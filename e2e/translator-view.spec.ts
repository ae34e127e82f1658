import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createFilm, editorAccount, gotoForm, newClient, signIn, writeTranslation } from "./admin-fixtures";
import { dbRow } from "./test-db";

// What a translator needs to keep a translation true to its source: what
// changed in the source since they translated it, and an "outdated" state
// that only a translation saved against the current source clears.

const outdatedIn = async (slug: string, locale: string) =>
  (
    await dbRow<{ outdated: number }>(
      `SELECT CASE WHEN t."outdated" THEN 1 ELSE 0 END AS "outdated" FROM "ReviewTranslation" t JOIN "Film" f ON f."id" = t."filmId"
       WHERE f."slug" = ? AND t."locale" = ?`,
      [slug, locale],
    )
  )?.outdated;

const save = async (page: Page) => {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
};

const jaChip = (page: Page) => page.locator(".locale-picker .chip").filter({ hasText: "JA" });

test("outdated shows what changed in the source, survives status saves and restores, and clears only against the current source", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  const { slug } = await createFilm(page, { title: "Source Diff Film" });
  const paragraphs = ["The first paragraph stays as it was.", "The second paragraph speaks of a slow river.", "The third one ends it."];
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title: "Source Diff Film", commentary: paragraphs.join("\n\n") });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await gotoForm(page, `/en/admin/films/${slug}/translations/ja?ref=en`);
  await writeTranslation(page, { title: "原文差分の映画", commentary: "第一段落。\n\n第二段落。\n\n第三段落。" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect(await outdatedIn(slug, "ja")).toBe(0);

  // The source changes one paragraph and gains another.
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  const changed = [paragraphs[0], "The second paragraph speaks of a fast river.", paragraphs[2], "A new closing line."];
  await page.getByLabel("Review", { exact: true }).fill(changed.join("\n\n"));
  await save(page);
  expect(await outdatedIn(slug, "ja")).toBe(1);

  await gotoForm(page, `/en/admin/films/${slug}/translations/ja?ref=en`);
  await expect(jaChip(page)).toContainText("outdated");
  const changes = page.getByRole("region", { name: "What changed in the English text" });
  await expect(changes).toContainText("made from version 1 of the English text");
  await expect(changes.getByRole("heading", { name: "Review" })).toBeVisible();
  await expect(changes.getByRole("listitem")).toHaveCount(2);
  await expect(changes.getByRole("listitem").first()).toContainText("Rewritten paragraph");
  await expect(changes.locator("del")).toHaveText(["slow"]);
  await expect(changes.locator("ins")).toHaveText(["fast", "A new closing line."]);
  await expect(changes).not.toContainText("first paragraph stays");
  expect((await new AxeBuilder({ page }).include(".source-changes").analyze()).violations.map((v) => v.id)).toEqual([]);

  // Status-only saves: unpublish, then publish again. Still outdated.
  await page.getByLabel("Status", { exact: true }).selectOption("unpublished");
  await save(page);
  expect(await outdatedIn(slug, "ja")).toBe(1);
  await page.getByLabel("Status", { exact: true }).selectOption("published");
  await save(page);
  expect(await outdatedIn(slug, "ja")).toBe(1);

  // Restoring the Japanese text's first version brings back what it was made from: still outdated.
  await page.goto(`/en/admin/films/${slug}/history`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Restore version 1 of Japanese text" }).click();
  await expect(page.getByText("Version 1 was restored as a new version.")).toBeVisible();
  expect(await outdatedIn(slug, "ja")).toBe(1);

  // Checked against the current source with nothing to change: up to date.
  await gotoForm(page, `/en/admin/films/${slug}/translations/ja?ref=en`);
  await page.getByLabel("Checked against the current English text: mark as up to date").check();
  await save(page);
  expect(await outdatedIn(slug, "ja")).toBe(0);
  await page.reload();
  await expect(jaChip(page)).toContainText("published");
  await expect(page.getByRole("region", { name: "What changed in the English text" })).toHaveCount(0);
  await context.close();
});

test("an unpublished translation has its own state, not draft", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  // Its own title: the list is searched by it, and the spec may run again on the same database.
  const title = `Unpublished State ${Date.now().toString(36)}${process.pid}`;
  const { slug } = await createFilm(page, { title });
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.getByLabel("Status", { exact: true }).selectOption("unpublished");
  await save(page);
  await page.goto(`/en/admin?q=${encodeURIComponent(title)}&status=unpublished&locale=en`);
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText("English: unpublished");
  await page.goto(`/en/admin?q=${encodeURIComponent(title)}&status=draft&locale=en`);
  await expect(page.getByRole("row").filter({ hasText: title })).toHaveCount(0);
  await context.close();
});

test("a schedule is entered and shown in the editor's time zone and stored in UTC; history names fields and skips re-stamps", async ({ browser }) => {
  const context = await newClient(browser, "en", { timezoneId: "Asia/Tokyo" });
  const page = await context.newPage();
  await signIn(page, editorAccount);
  const { slug } = await createFilm(page, { title: "Time Zone Film" });
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await expect(page.locator("#publishAt-hint")).toContainText("In your time zone, Asia/Tokyo.");
  await page.getByLabel("Title", { exact: true }).fill("Time Zone Film");
  await page.getByLabel("Excerpt").fill("Scheduled from Tokyo.");
  await page.getByLabel("Synopsis").fill("A synopsis.");
  await page.getByLabel("Review", { exact: true }).fill("A review.");
  await page.getByLabel("Status", { exact: true }).selectOption("published");
  await page.getByLabel("Publish at (optional)").fill("2035-01-01T09:00:00");
  await save(page);
  const row = await dbRow<{ publishedAt: string | number | Date }>(
    `SELECT t."publishedAt" FROM "ReviewTranslation" t JOIN "Film" f ON f."id" = t."filmId" WHERE f."slug" = ? AND t."locale" = 'en'`,
    [slug],
  );
  const stored = row!.publishedAt;
  expect(new Date(typeof stored === "string" && /^\d+$/.test(stored) ? Number(stored) : stored).toISOString()).toBe("2035-01-01T00:00:00.000Z");
  await page.reload();
  await expect(page.getByLabel("Publish at (optional)")).toHaveValue(/^2035-01-01T09:00(:00)?$/);

  // Saved again unchanged: the history shows no change, not a re-stamped time.
  await save(page);
  await page.getByLabel("Status", { exact: true }).selectOption("draft");
  await save(page);
  await page.goto(`/en/admin/films/${slug}/history`);
  await expect(page.getByRole("row", { name: /English text 3/ })).toContainText("(Asia/Tokyo)");
  await page.getByRole("radio", { name: "Compare from: English text 1" }).check();
  await page.getByRole("radio", { name: "to: English text 2" }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("region", { name: "Changes from version 1 to version 2" })).toContainText("These two revisions are the same.");
  await page.getByRole("radio", { name: "Compare from: English text 2" }).check();
  await page.getByRole("radio", { name: "to: English text 3" }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  const diff = page.getByRole("region", { name: "Changes from version 2 to version 3" });
  await expect(diff.getByRole("heading", { level: 3 })).toHaveText(["Status"]);
  await context.close();
});

test("a save answers without drawing the page again, and the page around the form catches up after it", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  const { slug } = await createFilm(page, { title: `Quick Answer ${Date.now().toString(36)}${process.pid}` });
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  const enChip = (state: string) => page.locator(".locale-picker").getByRole("link", { name: `English: ${state}`, exact: true });
  await expect(enChip("missing")).toBeVisible();
  const answer = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
  await writeTranslation(page, { title: "Quick Answer", status: "draft" });
  // Next marks an action's answer that carries a new render of the page; this one carries the action's result only.
  expect((await answer).headers()["x-action-revalidated"]).toBeUndefined();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // The chips are drawn by the server: they change without a reload.
  await expect(enChip("draft")).toBeVisible();
  await page.getByLabel("Status", { exact: true }).selectOption("published");
  await save(page);
  await expect(enChip("published")).toBeVisible();
  await context.close();
});
