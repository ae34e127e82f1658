import { expect, test } from "@playwright/test";
import { alternates, htmlLangDir, switcher } from "./helpers";

const targets = [
  { locale: "ja", name: "日本語", dir: "ltr", title: "ドライヴ" },
  { locale: "fr", name: "Français", dir: "ltr", title: "Drive" },
  { locale: "ar", name: "العربية", dir: "rtl", title: "درايف" },
] as const;

test("the switcher is a list of real links named in their own language", async ({ page }) => {
  await page.goto("/en/reviews/drive");
  const links = switcher(page).getByRole("link");
  await expect(links).toHaveCount(4);
  for (const [locale, name] of [
    ["en", "English"],
    ["ja", "日本語"],
    ["fr", "Français"],
    ["ar", "العربية"],
  ] as const) {
    const link = switcher(page).getByRole("link", { name, exact: true });
    await expect(link).toHaveAttribute("href", `/${locale}/reviews/drive`);
    await expect(link).toHaveAttribute("hreflang", locale);
    await expect(link).toHaveAttribute("lang", locale);
  }
  await expect(switcher(page).getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "page");
  await expect(switcher(page).locator("[aria-current]")).toHaveCount(1);
  expect(Object.keys(await alternates(page)).sort()).toEqual(["ar", "en", "fr", "ja", "x-default"]);
});

for (const target of targets) {
  test(`switching from the Drive page to ${target.locale}`, async ({ page }) => {
    await page.goto("/en/reviews/drive");
    await switcher(page).getByRole("link", { name: target.name }).click();
    await expect(page).toHaveURL(new RegExp(`/${target.locale}/reviews/drive$`));
    expect(await htmlLangDir(page)).toEqual({ lang: target.locale, dir: target.dir });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.title);
    await expect(switcher(page).getByRole("link", { name: target.name })).toHaveAttribute("aria-current", "page");
  });
}

test("the query string and #fragment survive a switch", async ({ page }) => {
  await page.goto("/en/reviews/drive?ref=newsletter&utm_source=test#cast-heading");
  // Before hydration the links work too, just without query and fragment (as without JavaScript).
  await expect(switcher(page).locator("a[data-carries-location]")).toHaveCount(4);
  await switcher(page).getByRole("link", { name: "日本語" }).click();
  await expect(page).toHaveURL(/\/ja\/reviews\/drive\?ref=newsletter&utm_source=test#cast-heading$/);

  // A fragment the reader reached after the page loaded counts too.
  await page.goto("/fr/reviews/drive");
  await expect(switcher(page).locator("a[data-carries-location]")).toHaveCount(4);
  await page.evaluate(() => (window.location.hash = "#synopsis-heading"));
  await switcher(page).getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/reviews\/drive#synopsis-heading$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the switcher still works", async ({ page }) => {
    await page.goto("/en/reviews/drive");
    await switcher(page).getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr\/reviews\/drive$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Drive");
    expect((await htmlLangDir(page)).lang).toBe("fr");
  });
});
