import { expect, test, type Page } from "@playwright/test";
import { createFilm, editorAccount, newClient, signIn, gotoForm } from "./admin-fixtures";
import { XSS_PAYLOADS } from "./xss-payloads";

/** Fails the test on any dialog, hovers every element, and checks nothing executable was injected. */
async function expectInert(page: Page, where: string) {
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll("main *"))) {
      el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    }
  });
  // Only rendered review text is checked: the site's own forms and scripts are not injected content.
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    const containers = Array.from(document.querySelectorAll("main article, main .review--preview"));
    if (containers.length === 0) found.push("no rendered review text found");
    for (const container of containers) {
      for (const el of Array.from(container.querySelectorAll("*"))) {
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
          if (/^(href|src|action|formaction|data|background|style)$/i.test(attr.name) && /(javascript|vbscript|data):/i.test(attr.value)) {
            found.push(`${el.tagName} ${attr.name}=${attr.value}`);
          }
        }
      }
      for (const tag of ["script", "iframe", "object", "embed", "meta", "link", "style", "base", "form", "input", "svg", "img"]) {
        if (container.querySelector(tag)) found.push(`<${tag}>`);
      }
    }
    return found;
  });
  expect(injected, where).toEqual([]);
}

test("30+ XSS payloads in every text field run nowhere: public page, editor preview, draft preview", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await newClient(browser);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await signIn(page, editorAccount);
  const { slug } = await createFilm(page, { title: "XSS Test Film" });
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
  const all = XSS_PAYLOADS.join("\n\n");

  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await page.getByLabel("Title", { exact: true }).fill(`XSS <svg/onload=alert('title')> <img src=x onerror=alert(1)>`);
  await page.getByLabel("Excerpt").fill(XSS_PAYLOADS.slice(0, 6).join(" ").slice(0, 600));
  for (const label of ["Synopsis", "Review", "Content warning", "Music notes"]) {
    await page.getByLabel(label, { exact: true }).fill(all);
  }
  await page.getByLabel("Status", { exact: true }).selectOption("published");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expectInert(page, "editor with live preview");

  await page.goto(`/en/reviews/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<svg/onload=alert('title')>");
  await expect(page.getByRole("region", { name: "Review" })).toContainText("raw html link");
  await expectInert(page, "public page");

  // A draft in French, seen through the editor's draft-mode preview.
  await gotoForm(page, `/en/admin/films/${slug}/translations/fr`);
  await page.getByLabel("Title", { exact: true }).fill("Brouillon <script>alert('fr')</script>");
  await page.getByLabel("Excerpt").fill("Extrait <img src=x onerror=alert(2)>");
  await page.getByLabel("Synopsis").fill(all);
  await page.getByLabel("Review", { exact: true }).fill(all);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.goto(`/api/preview?slug=${slug}&locale=fr`);
  await expect(page).toHaveURL(new RegExp(`/fr/reviews/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brouillon <script>alert('fr')</script>");
  await expectInert(page, "draft preview");

  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  await context.close();
});

test("draft mode shows unpublished text only to editors", async ({ browser, request }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  const { slug } = await createFilm(page, { title: "Preview Test Film" });
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await page.getByLabel("Title", { exact: true }).fill("Preview Test Film");
  await page.getByLabel("Excerpt").fill("Unpublished excerpt.");
  await page.getByLabel("Synopsis").fill("Unpublished synopsis.");
  await page.getByLabel("Review", { exact: true }).fill("Unpublished review text.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.goto(`/en/admin/films/${slug}`);
  await page.getByRole("link", { name: "Preview English as a reader" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/reviews/${slug}$`));
  await expect(page.getByText("Preview: this page may show text that readers cannot see yet.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Review" })).toContainText("Unpublished review text.");

  // A reader, and a reader who somehow holds a draft-mode cookie, see nothing.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  expect((await readerPage.goto(`/en/reviews/${slug}`))?.status()).toBe(404);
  const draftCookies = (await context.cookies()).filter((c) => c.name === "__prerender_bypass");
  expect(draftCookies).toHaveLength(1);
  await reader.addCookies(draftCookies);
  expect((await readerPage.goto(`/en/reviews/${slug}`))?.status()).toBe(404);
  expect((await request.get(`/api/preview?slug=${slug}&locale=en`, { maxRedirects: 0 })).status()).toBe(401);
  await reader.close();
  await context.close();
});
