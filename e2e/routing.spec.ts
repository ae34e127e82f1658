import { expect, test } from "@playwright/test";
import ar from "../messages/ar.json";
import en from "../messages/en.json";
import fr from "../messages/fr.json";
import ja from "../messages/ja.json";
import { htmlLangDir, locales } from "./helpers";

const messages = { en, ja, fr, ar };

test.describe("landing on /", () => {
  for (const [acceptLanguage, expected] of [
    ["ja-JP,ja;q=0.9,en;q=0.5", "/ja"],
    ["fr-CA,fr;q=0.8", "/fr"],
    ["ar-EG,ar;q=0.9", "/ar"],
    ["de-DE,de;q=0.9", "/en"],
  ] as const) {
    test(`Accept-Language ${acceptLanguage} redirects to ${expected}`, async ({ request }) => {
      const response = await request.get("/", { headers: { "Accept-Language": acceptLanguage }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe(expected);
    });
  }

  test("a remembered choice wins over Accept-Language", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "ja" }, locale: "ja-JP" });
    const page = await context.newPage();
    await page.goto("/en/reviews/drive");
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr\/reviews\/drive$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    await context.close();
  });
});

test("pages served to everyone never set a cookie, whatever the reader's remembered locale", async ({ playwright, baseURL }) => {
  for (const cookie of ["", "NEXT_LOCALE=ja"]) {
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: cookie ? { Cookie: cookie } : {} });
    for (const path of ["/en", "/fr/reviews/drive", "/ar/genres", "/en/feed.xml", "/sitemap.xml", "/en/search?q=drive"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(
        response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie"),
        `${path} with "${cookie}"`,
      ).toEqual([]);
    }
    await request.dispose();
  }
});

test("every kind of response carries the security headers", async ({ request }) => {
  for (const path of ["/en", "/ar/reviews/drive", "/en/feed.xml", "/sitemap.xml", "/en/admin/sign-in", "/en/no-such-page"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
    expect(headers["cross-origin-resource-policy"], path).toBe("same-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["permissions-policy"], path).toContain('fullscreen=(self "https://www.youtube-nocookie.com")');
    expect(headers["x-content-type-options"], path).toBe("nosniff");
  }
});

test("cached pages allow only their own inline scripts, and run under that policy", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  for (const path of ["/en", "/ar/reviews/drive", "/fr/genres/crime", "/ja/years", "/en/reviews/no-such-film"]) {
    const response = await page.goto(path);
    const scriptSrc = response!.headers()["content-security-policy"]!.match(/script-src ([^;]*)/)![1]!;
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    const inline = await page.locator("script:not([src]):not([type='application/ld+json'])").count();
    expect(inline, path).toBeGreaterThan(0);
    expect(scriptSrc.match(/'sha256-[A-Za-z0-9+/=]+'/g)?.length ?? 0, path).toBeGreaterThan(0);
  }
  // Hydrated: a client-side link works (the switcher keeps the page), with no script refused on the way.
  await page.goto("/en/reviews/drive");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\/reviews\/drive$/);
  expect(refused).toEqual([]);
});

test.describe("localized 404", () => {
  for (const [path, lang, heading] of [
    ["/en/no-such-page", "en", "Page not found"],
    ["/ja/reviews/no-such-film", "ja", "ページが見つかりません"],
    ["/fr/a/b/c", "fr", "Page introuvable"],
    ["/ar/reviews/no-such-film", "ar", "الصفحة غير موجودة"],
  ] as const) {
    test(`${path} is a 404 in ${lang}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      expect((await htmlLangDir(page)).lang).toBe(lang);
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    for (const locale of locales) {
      const text = messages[locale].NotFound;
      for (const path of [`/${locale}/reviews/no-such-film`, `/${locale}/nothing-here`, `/${locale}/page-not-found`]) {
        test(`${path} is a readable 404 page`, async ({ page }) => {
          const response = await page.goto(path);
          expect(response?.status()).toBe(404);
          expect(await htmlLangDir(page)).toEqual({ lang: locale, dir: locale === "ar" ? "rtl" : "ltr" });
          await expect(page).toHaveTitle(text.metaTitle);
          await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.heading);
          await expect(page.getByText(text.body)).toBeVisible();
          await expect(page.getByRole("link", { name: text.backHome })).toHaveAttribute("href", `/${locale}`);
        });
      }
    }

    test("a path outside every locale gets the page in every language", async ({ page }) => {
      const response = await page.goto("/robots.php");
      expect(response?.status()).toBe(404);
      expect((await htmlLangDir(page)).lang).toBe("en");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(page.getByRole("link", { name: "العربية" })).toHaveAttribute("href", "/ar");
    });
  });

  test("an unknown locale prefix ends on a 404", async ({ page }) => {
    const response = await page.goto("/de/reviews/drive");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});

test("hostile paths never produce a server error", async ({ request }) => {
  const paths = [
    `/en/reviews/${"a".repeat(4000)}`,
    "/en/reviews/%00",
    "/en/reviews/drive%00",
    "/%00",
    "/en/reviews/%22%27%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/en/reviews/'\"",
    "/en/reviews/%E0%A4%A",
    "/en/reviews/%25",
    "/en/reviews/..%2F..%2Fetc%2Fpasswd",
    "/ja/%ff%fe",
    `/${"x".repeat(3000)}`,
    "/en/reviews/drive?slug=%00&q=%E0%A4%A",
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
  }
});
