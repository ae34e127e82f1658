import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { adminAccount, createFilm, gotoForm, newClient, signIn, writeTranslation } from "./admin-fixtures";

for (const locale of ["en", "ar"]) {
  test(`axe finds no violations in the admin in ${locale}`, async ({ browser }) => {
    // Seven full axe passes, the facts form's country and language lists among
    // them, beside the other worker: about 20 s alone, more under load.
    test.setTimeout(90_000);
    const context = await newClient(browser, locale);
    const page = await context.newPage();
    await page.goto(`/${locale}/admin/sign-in`);
    const check = async (where: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${where} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    };
    await check("sign-in");
    await signIn(page, adminAccount, locale);
    await check("reviews list");
    await page.goto(`/${locale}/admin/accounts`);
    await check("accounts");
    await page.goto(`/${locale}/admin/profile`);
    await check("profile");
    await page.goto(`/${locale}/admin/films/drive/translations/ja?ref=en`);
    await check("translation editor");
    await gotoForm(page, `/${locale}/admin/films/drive/facts`);
    await check("facts form, lists as rows");
    await page.goto(`/${locale}/admin/award-bodies`);
    await check("award bodies");
    await page.goto(`/${locale}/admin/genres`);
    await check("genres");
    await page.goto(`/${locale}/admin/people?q=${encodeURIComponent("ゴズリング")}`);
    await check("people search");
    await page.goto(`/${locale}/admin/people/ryan-gosling`);
    await check("person");
    await page.goto(`/${locale}/admin/queue/ja`);
    await check("translation queue");
    await page.goto(`/${locale}/admin/films/drive/history`);
    await check("history");
    await context.close();
  });
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
