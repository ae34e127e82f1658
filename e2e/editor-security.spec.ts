import { expect, test, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { markdownProblem } from "../lib/markdown/bounds";
import { createFilm, editorAccount, gotoForm, newClient, signIn } from "./admin-fixtures";
import { revisionIds } from "./guard-probes";
import { XSS_PAYLOADS, payloadChunks } from "./xss-payloads";

/** Hovers every element and checks nothing executable was injected into the given containers. */
async function expectInert(page: Page, where: string, containers = "main article, main .review--preview") {
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll("main *"))) {
      el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    }
  });
  // Only injected text is checked: the site's own forms and scripts are not injected content.
  // Markdown images are allowed (rehype-sanitize keeps only safe src URLs); their attributes are checked below.
  const injected = await page.evaluate((selector) => {
    const found: string[] = [];
    const roots = Array.from(document.querySelectorAll(selector));
    if (roots.length === 0) found.push(`nothing matches ${selector}`);
    for (const container of roots) {
      for (const el of Array.from(container.querySelectorAll("*"))) {
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
          if (/^(href|src|action|formaction|data|background|style|xlink:href)$/i.test(attr.name) && /(javascript|vbscript|data):/i.test(attr.value)) {
            found.push(`${el.tagName} ${attr.name}=${attr.value}`);
          }
        }
      }
      for (const tag of [
        "script",
        "iframe",
        "object",
        "embed",
        "meta",
        "link",
        "style",
        "base",
        "form",
        "input",
        "svg",
        "math",
        "video",
        "audio",
        "template",
        "frameset",
      ]) {
        if (container.querySelector(tag)) found.push(`<${tag}>`);
      }
    }
    return found;
  }, containers);
  expect(injected, where).toEqual([]);
}

// Markup that survives the excerpt's markdown-to-text step as text (an entity, a code span), plus raw tags that do not.
const EXCERPT = "Quarry &lt;script&gt;alert(1)&lt;/script&gt; `<img src=x onerror=alert(1)>` <svg/onload=alert(3)>";
const TITLE = `XSS Quarry ${Date.now().toString(36)} <svg/onload=alert('title')> <img src=x onerror=alert(1)> </script><script>alert(2)</script>`;

test("160 XSS payloads run nowhere: public page, editor preview, draft preview, history, search and the feed", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const context = await newClient(browser);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await signIn(page, editorAccount);
  const { slug } = await createFilm(page, { title: "XSS Test Film" });
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(150);
  // Whole payloads per field, each field within the markdown limits, so none is refused.
  const chunks = payloadChunks((text) => markdownProblem(text) === null);
  const [first, second = first] = chunks;
  expect(chunks.join("\n\n")).toBe(XSS_PAYLOADS.join("\n\n"));
  expect(chunks.length).toBeLessThanOrEqual(4);
  const fill = async (fields: Record<string, string>) => {
    for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
    // Wait for this save's own answer: an earlier "Saved." may still be on screen.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined),
      page.getByRole("button", { name: "Save", exact: true }).click(),
    ]);
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(page.getByText("You have unsaved changes.")).toHaveCount(0);
  };

  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await page.getByLabel("Status", { exact: true }).selectOption("published");
  const rest = chunks.slice(2).join("\n\n");
  await fill({ Title: TITLE, Excerpt: EXCERPT, Synopsis: first!, Review: second!, "Content warning": rest || first!, "Music notes": second! });
  await expectInert(page, "editor with live preview");
  await fill({ Synopsis: second!, Review: first! }); // a second version, for the history's diff

  await page.goto(`/en/reviews/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole("region", { name: "Review" })).toContainText("raw html link");
  await expectInert(page, "public page");

  const revisions = await revisionIds(slug);
  await page.goto(`/en/admin/films/${slug}/history?a=${revisions.at(-2)!}&b=${revisions.at(-1)!}`);
  await expect(page.locator(".revision-diff")).toContainText("raw html link");
  await expectInert(page, "history diff", ".revision-diff");

  await page.goto(`/en/search?q=${encodeURIComponent("quarry")}`);
  await expect(page.getByRole("heading", { level: 3, name: TITLE })).toBeVisible();
  await expectInert(page, "search results", "main li");

  const xml = await (await request.get("/en/feed.xml")).text();
  const items = new XMLParser().parse(xml).rss.channel.item as { title: string; description: string }[];
  const item = items.find((entry) => entry.title === TITLE);
  expect(item, "the title comes back as the text typed (in CDATA), not as markup").toBeTruthy();
  // Descriptions are HTML to feed readers: the plain-text excerpt arrives escaped, so readers show it as text.
  expect(item!.description).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(item!.description).toContain("&lt;img src=x onerror=alert(1)&gt;");
  expect(item!.description).not.toContain("<");

  // A draft in French, seen through the editor's draft-mode preview.
  await gotoForm(page, `/en/admin/films/${slug}/translations/fr`);
  await fill({ Title: "Brouillon <script>alert('fr')</script>", Excerpt: "Extrait <img src=x onerror=alert(2)>", Synopsis: first!, Review: second! });
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
