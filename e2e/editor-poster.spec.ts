import { expect, test } from "@playwright/test";
import { createFilm, editorAccount, newClient, signIn, writeTranslation, gotoForm } from "./admin-fixtures";

// A 40×60 red PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAACgAAAA8CAIAAACb22+3AAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAWUlEQVRYhe3YsQkAIBRDQSdJnbEzqmNocWAviHr8d9Y8WcfGddRzueI51QcyX2YgUSwGi8XisBgsFovDomkxBvNKERNfIjdVYJukGBF1WAwWi8VhMVjsfyxe0sJsuVc5BcQAAAAASUVORK5CYII=",
  "base64",
);

test("a poster is checked by type and size, stored, and shown with per-locale alt text", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  const { slug } = await createFilm(page, { title: "Poster Test Film" });
  await gotoForm(page, `/en/admin/films/${slug}/facts`);
  const file = page.getByLabel("Poster image (JPEG, PNG or WebP, up to 5 MB)");
  const upload = page.getByRole("button", { name: "Upload poster" });

  await file.setInputFiles({ name: "poster.png", mimeType: "image/png", buffer: Buffer.from("<svg onload=alert(1)></svg>") });
  await upload.click();
  await expect(page.getByText("Upload a JPEG, PNG or WebP image.")).toBeVisible();

  const huge = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
  await file.setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: huge });
  await upload.click();
  await expect(page.getByText("This file is over 5 MB. Upload a smaller image.")).toBeVisible();

  await file.setInputFiles({ name: "poster.png", mimeType: "image/png", buffer: PNG });
  await upload.click();
  await expect(page.getByText("Poster saved.")).toBeVisible();

  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await page.getByLabel("Poster alt text").fill("A red poster with nothing on it");
  await writeTranslation(page, { title: "Poster Test Film" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await gotoForm(page, `/en/admin/films/${slug}/translations/ja`);
  await page.getByLabel("Poster alt text").fill("何も描かれていない赤いポスター");
  await writeTranslation(page, { title: "ポスターのテスト" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  for (const [locale, alt] of [
    ["en", "A red poster with nothing on it"],
    ["ja", "何も描かれていない赤いポスター"],
  ]) {
    await page.goto(`/${locale}/reviews/${slug}`);
    const poster = page.getByRole("img", { name: alt });
    await expect(poster).toBeVisible();
    // Served through next/image from the upload folder.
    expect(await poster.getAttribute("src")).toMatch(/^\/_next\/image\?url=%2Fmedia%2Fposters%2F[a-f0-9]{24}\.png/);
    expect(await poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }
  await context.close();
});
