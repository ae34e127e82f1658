import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { adminAccount, createFilm, gotoForm, newClient, signIn, writeTranslation } from "./admin-fixtures";

// Every admin screen, in groups small enough that one test stays well inside
// its budget beside the other worker (a full axe pass of the facts form's
// country and language lists takes seconds on its own).
const screens: Record<string, [name: string, path: string, form?: boolean][]> = {
  "lists and accounts": [
    ["reviews list", "/admin"],
    ["accounts", "/admin/accounts"],
    ["profile", "/admin/profile"],
    ["translation queue", "/admin/queue/ja"],
  ],
  "the editors": [
    ["translation editor", "/admin/films/drive/translations/ja?ref=en"],
    ["facts form, lists as rows", "/admin/films/drive/facts", true],
    ["history", "/admin/films/drive/history"],
  ],
  "managed lists and people": [
    ["award bodies", "/admin/award-bodies"],
    ["a body's award categories", "/admin/award-bodies/cannes"],
    ["genres", "/admin/genres"],
    ["people search", `/admin/people?q=${encodeURIComponent("ゴズリング")}`],
    ["person", "/admin/people/ryan-gosling"],
  ],
};

for (const locale of ["en", "ar"]) {
  test(`axe finds no violations on the admin sign-in in ${locale}`, async ({ browser }) => {
    const context = await newClient(browser, locale);
    const page = await context.newPage();
    await page.goto(`/${locale}/admin/sign-in`);
    await expectNoViolations(page, "sign-in");
    await context.close();
  });
  for (const [group, pages] of Object.entries(screens)) {
    test(`axe finds no violations in ${locale}: ${group}`, async ({ browser }) => {
      const context = await newClient(browser, locale);
      const page = await context.newPage();
      await signIn(page, adminAccount, locale);
      for (const [name, path, form] of pages) {
        if (form) await gotoForm(page, `/${locale}${path}`);
        else await page.goto(`/${locale}${path}`);
        await expectNoViolations(page, name);
      }
      await context.close();
    });
  }
}

async function expectNoViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

test("the reviews list shows each locale's state and filters by it", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, adminAccount);
  // Its own film, found by its own title: other specs add films in parallel.
  const title = `Filter Probe ${Date.now().toString(36)}${process.pid}`;
  const { slug } = await createFilm(page, { title });
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title, status: "published" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await gotoForm(page, `/en/admin/films/${slug}/translations/ja`);
  await writeTranslation(page, { title: `${title} ja`, status: "draft" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const rows = page.locator("tbody tr");
  await page.goto(`/en/admin?q=${encodeURIComponent(title)}`);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("English: published");
  await expect(rows).toContainText("Japanese: draft");
  await expect(rows).toContainText("French: missing");
  // Case does not matter, on SQLite and PostgreSQL alike.
  await page.goto(`/en/admin?q=${encodeURIComponent(title.toUpperCase())}`);
  await expect(rows).toHaveCount(1);

  const filters = page.getByRole("search", { name: "Filter reviews" });
  await filters.getByLabel("Status").selectOption("draft");
  await filters.getByLabel("Language").selectOption("ja");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=draft&locale=ja/);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(title);

  // The twin: the same film is not a Japanese published review, nor a French draft.
  await page.goto(`/en/admin?q=${encodeURIComponent(title)}&status=published&locale=ja`);
  await expect(rows).toHaveCount(0);
  await page.goto(`/en/admin?q=${encodeURIComponent(title)}&status=draft&locale=fr`);
  await expect(rows).toHaveCount(0);
  await context.close();
});
