import { expect, test, type APIRequestContext } from "@playwright/test";
import sharp from "sharp";
import { adminAccount, createFilm, gotoForm, newClient, signIn, writeTranslation } from "./admin-fixtures";
import { locales } from "./helpers";

// Share cards: every review and list page names an image a social network
// can show, drawn by Marquee in the page's language and direction.

async function card(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toBe("image/png");
  const bytes = await response.body();
  const { width, height } = await sharp(bytes).metadata();
  expect({ width, height }, url).toEqual({ width: 1200, height: 630 });
  return bytes;
}

/** Leftmost and rightmost columns with dark ink in the title band (rows 170-300). */
async function titleInk(bytes: Buffer) {
  const { data, info } = await sharp(bytes)
    .extract({ left: 40, top: 170, width: 1120, height: 130 })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let first = info.width;
  let last = -1;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (data[y * info.width + x]! < 100) {
        first = Math.min(first, x);
        last = Math.max(last, x);
      }
    }
  }
  return { first: first + 40, last: last + 40 };
}

for (const locale of locales) {
  test(`the ${locale} review page shares its own card, and a film without a poster uses it as Movie.image`, async ({ page, request }) => {
    await page.goto(`/${locale}/reviews/drive`);
    const meta = (selector: string) => page.locator(`head meta[${selector}]`).first().getAttribute("content");
    const image = (await meta('property="og:image"'))!;
    expect(new URL(image).pathname).toBe(`/${locale}/reviews/drive/card.png`);
    expect(await meta('property="og:image:width"')).toBe("1200");
    expect(await meta('property="og:image:alt"')).toContain(await page.getByRole("heading", { level: 1 }).innerText());
    expect(await meta('name="twitter:card"')).toBe("summary_large_image");
    expect(await meta('name="twitter:image"')).toBe(image);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(jsonLd.itemReviewed.image).toBe(image);

    // Drawn from the start edge of the language's direction.
    const ink = await titleInk(await card(request, new URL(image).pathname));
    if (locale === "ar") expect(ink.last).toBeGreaterThan(1000);
    else expect(ink.first).toBeLessThan(110);
  });
}

test("the home page and the lists share the site's card in their language", async ({ page, request }) => {
  for (const path of ["/fr", "/ar/genres"]) {
    await page.goto(path);
    const image = (await page.locator('head meta[property="og:image"]').getAttribute("content"))!;
    expect(new URL(image).pathname).toBe(`${path.slice(0, 3)}/card.png`);
    await card(request, new URL(image).pathname);
  }
  expect(await card(request, "/en/card.png")).not.toEqual(await card(request, "/ja/card.png"));
  expect((await request.get("/de/card.png")).status()).toBe(404);
  expect((await request.get("/en/reviews/no-such-film/card.png")).status()).toBe(404);
});

test("a saved title redraws the card", async ({ browser, request }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, adminAccount);
  const { slug } = await createFilm(page, { title: "Card Test Film" });
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title: "Card Test Film" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const before = await card(request, `/en/reviews/${slug}/card.png`);
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title: "A Much Longer Title For The Card Test Film" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect.poll(async () => (await card(request, `/en/reviews/${slug}/card.png`)).equals(before), { timeout: 10_000 }).toBe(false);
  await context.close();
});
