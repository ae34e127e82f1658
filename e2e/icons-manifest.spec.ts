import { expect, test } from "@playwright/test";

// Browsers ask for /favicon.ico on every page; home screens and installs read
// the manifest. Each must exist, and the manifest speaks the page's language.

for (const [locale, dir, tagline] of [
  ["en", "ltr", "Film reviews in four languages"],
  ["ar", "rtl", null],
] as const) {
  test(`the ${locale} pages link their icons and a ${locale} manifest, and each answers`, async ({ page, request }) => {
    await page.goto(`/${locale}/reviews/drive`);
    const href = (selector: string) => page.locator(`head ${selector}`).first().getAttribute("href");
    expect(await href('link[rel="manifest"]')).toBe(`/${locale}/manifest.webmanifest`);
    const icons = await page.locator('head link[rel="icon"]').evaluateAll((links) => links.map((l) => l.getAttribute("href")!));
    expect(icons.some((icon) => icon.startsWith("/favicon.ico"))).toBe(true);
    expect(icons.some((icon) => icon.startsWith("/icon.svg"))).toBe(true);
    const appleIcon = (await href('link[rel="apple-touch-icon"]'))!;

    for (const [path, type] of [
      ["/favicon.ico", "image/x-icon"],
      [icons.find((icon) => icon.startsWith("/icon.svg"))!, "image/svg+xml"],
      [appleIcon, "image/png"],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toContain(type);
    }

    const response = await request.get(`/${locale}/manifest.webmanifest`);
    expect(response.headers()["content-type"]).toContain("application/manifest+json");
    const manifest = await response.json();
    expect(manifest).toMatchObject({ lang: locale, dir, start_url: `/${locale}`, short_name: "Marquee" });
    if (tagline) expect(manifest.name).toBe(`Marquee — ${tagline}`);
    else expect(manifest.name).not.toContain("Film reviews");
    expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === "maskable")).toBe(true);
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const image = await request.get(icon.src);
      expect(image.status(), icon.src).toBe(200);
      expect(image.headers()["content-type"], icon.src).toContain(icon.type);
    }
  });
}

test("an unknown locale has no manifest", async ({ request }) => {
  expect((await request.get("/de/manifest.webmanifest")).status()).toBe(404);
});
