import { XMLValidator } from "fast-xml-parser";
import { expect, test } from "@playwright/test";
import { callAction, manifestActions, sessionCookie } from "./action-client";
import { createFilm, editorAccount, gotoForm, newClient, signIn, writeTranslation } from "./admin-fixtures";
import { ServerCopy } from "./server-copy";
import { overLimit } from "../scripts/lib/hostile-markdown";
import { translationRow } from "./test-db";

// Requests no form of ours sends: each gets a 4xx with a sentence in the
// page's language, never a 500, and changes nothing.

const page = "/fr/admin/films/new";
const actionHeaders = (origin: string) => ({ "Next-Action": manifestActions().saveFilm!, Origin: origin, Accept: "text/x-component" });

test("a well-formed action call is answered by the product (the twin of the refusals below)", async ({ request }) => {
  const response = await callAction(request, "saveFilm", { uiLocale: "fr" }, "", page);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("errors.notAllowed");
});

test("an action posted from another origin is refused with 403", async ({ request }) => {
  const response = await request.post(page, {
    headers: { ...actionHeaders("https://evil.example"), "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toBe("Refusé : ce formulaire a été envoyé depuis un autre site.");
});

test("malformed action bodies are refused with 400 or 415", async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const post = (contentType: string, data: string) =>
    request.post(page, { headers: { ...actionHeaders(origin), "Content-Type": contentType }, data });
  expect((await post("text/plain;charset=UTF-8", "{{{ not json")).status()).toBe(400);
  expect((await post("multipart/form-data; boundary=xyz", "garbage without parts")).status()).toBe(400);
  expect((await post("application/octet-stream", "\u0000\u0001")).status()).toBe(415);
  const unknown = await request.post(page, {
    headers: { ...actionHeaders(origin), "Next-Action": "00".repeat(21), "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(unknown.status()).toBeGreaterThanOrEqual(400);
  expect(unknown.status()).toBeLessThan(500);
});

test("a body over the 12 MB limit is refused with 413 and saves nothing", async ({ request, baseURL }) => {
  const cookie = await sessionCookie(editorAccount);
  const body = new FormData();
  body.append("_1_originalTitle", "x".repeat(13 * 1024 * 1024));
  body.append("0", JSON.stringify([null, "$K1"]));
  const response = await request.post(page, { headers: { ...actionHeaders(new URL(baseURL!).origin), Cookie: cookie }, multipart: body });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("12 Mo");
});

test("control characters never reach the feed, and hostile markdown gets a field message", async ({ browser, request }) => {
  const context = await newClient(browser);
  const editor = await context.newPage();
  await signIn(editor, editorAccount);
  const { slug } = await createFilm(editor, { title: "Control Characters" });
  await gotoForm(editor, `/en/admin/films/${slug}/translations/en`);

  // 3,000 nested quotes: refused at once, in the editor's language, the rest kept.
  await writeTranslation(editor, { title: "Dri\u0001ve Again", commentary: overLimit("nestedQuotes") });
  await expect(editor.getByText("This text has too much markup to publish safely (at most 400 lines")).toBeVisible();
  await expect(editor.getByLabel("Title", { exact: true })).toHaveValue("Dri\u0001ve Again");

  await writeTranslation(editor, { title: "Dri\u0001ve Again", excerpt: "Bell\u0007 and \u001Bescape." });
  await expect(editor.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect(await translationRow(slug).then((row) => row && { title: row.title, excerpt: row.excerpt })).toEqual({
    title: "Drive Again",
    excerpt: "Bell and escape.",
  });
  const feed = await request.get("/en/feed.xml");
  const xml = await feed.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).toContain("Drive Again");
  await context.close();
});

test.describe("a database that goes away", () => {
  const copy = new ServerCopy(Number(process.env.E2E_PORT || 3100) + 9);
  test.afterAll(() => copy.dispose());

  test("readers get the branded error page in their language, with status 500", async ({ browser }) => {
    test.setTimeout(90_000);
    await copy.copyDatabase();
    await copy.start();
    expect((await fetch(`${copy.origin}/en`)).status).toBe(200);
    // Overwrite the database file (SQLite) or drop the database (PostgreSQL) under the running server.
    await copy.destroyDatabase();

    // Next sends a 500 shell and renders the error boundary in the browser (vercel/next.js#97514 for 404s).
    const context = await browser.newContext();
    const reader = await context.newPage();
    for (const [locale, heading, dir] of [
      ["ja", "このページを表示できませんでした", "ltr"],
      ["ar", "تعذّر عرض هذه الصفحة", "rtl"],
      ["fr", "Cette page n’a pas pu s’afficher", "ltr"],
    ] as const) {
      const response = await reader.goto(`${copy.origin}/${locale}/reviews/shane`);
      expect(response!.status()).toBe(500);
      await expect(reader.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(reader.locator("html")).toHaveAttribute("lang", locale);
      await expect(reader.locator("html")).toHaveAttribute("dir", dir);
      await expect(reader).toHaveTitle(/Marquee/);
    }
    await context.close();
  });
});
