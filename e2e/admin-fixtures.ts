import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { dbRow } from "./test-db";
import { demoAccounts } from "../lib/demo-accounts";

export const [adminAccount, editorAccount, translatorAccount] = demoAccounts();

let clientNumber = 0;
/**
 * A browser context with its own client address. better-auth rate-limits
 * sign-in per address, so tests running side by side must not share one.
 */
export async function newClient(browser: Browser, locale = "en", options: { timezoneId?: string } = {}): Promise<BrowserContext> {
  clientNumber += 1;
  const address = `10.${process.pid % 250}.${Math.floor(clientNumber / 250)}.${clientNumber % 250}`;
  return browser.newContext({ ...options, extraHTTPHeaders: { "Accept-Language": locale, "X-Forwarded-For": address } });
}

/** Opens an admin page and waits until its main form is interactive. */
export async function gotoForm(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("form[data-ready]").first()).toBeVisible();
}

/** Signs in on the base URL, or on `origin` (the topology specs sign in through the front). */
export async function signIn(page: Page, account: { email: string; password: string }, locale = "en", origin = "") {
  await gotoForm(page, `${origin}/${locale}/admin/sign-in`);
  await page.locator("#email").fill(account.email);
  await page.locator("#password").fill(account.password);
  await page.locator('form button[type="submit"]').click();
  const escapedOrigin = origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await expect(page).toHaveURL(new RegExp(`${escapedOrigin}/${locale}/admin$`));
}

/** An account's id and disabled flag, or undefined when there is none. */
export const userRow = (email: string) =>
  dbRow<{ id: string; banned: number }>(`SELECT "id", CASE WHEN "banned" THEN 1 ELSE 0 END AS "banned" FROM "user" WHERE "email" = ?`, [email]);

/** An account's password hash, to prove a password did (not) change. */
export const passwordHash = async (userId: string) =>
  (await dbRow<{ password: string }>(`SELECT "password" FROM "account" WHERE "userId" = ?`, [userId]))?.password;

/**
 * Adds a row to one of the facts form's lists ("Add a cast member") and fills
 * its cells by column name: text typed, choices selected.
 */
export async function addRow(page: Page, addButton: string, list: string, cells: Record<string, string>) {
  const rows = page.getByRole("listitem", { name: new RegExp(`^${list}, row \\d+$`) });
  const number = (await rows.count()) + 1;
  await page.getByRole("button", { name: addButton }).click();
  for (const [column, value] of Object.entries(cells)) {
    const cell = page.getByLabel(`${column} (${list}, row ${number})`, { exact: true });
    if ((await cell.evaluate((el) => el.tagName)) === "SELECT") await cell.selectOption(value);
    else await cell.fill(value);
  }
}

let filmNumber = 0;

/**
 * Creates a film through the facts form and waits for its hub page. The slug
 * the form suggests gets a unique suffix, so a test can run again on the same
 * database. Returns the final slug and the suggestion.
 */
export async function createFilm(page: Page, film: { title: string; lang?: string; year?: string; director?: string }) {
  await gotoForm(page, "/en/admin/films/new");
  await page.getByLabel("Original title").fill(film.title);
  const slugField = page.getByLabel("Slug (the address)");
  const suggested = await slugField.inputValue();
  filmNumber += 1;
  await slugField.fill(`${suggested}-${Date.now().toString(36)}-${process.pid}-${filmNumber}`);
  await page.getByLabel("Original language").selectOption(film.lang ?? "en");
  await page.getByLabel("Year", { exact: true }).fill(film.year ?? "1999");
  await page.getByLabel("Running time (minutes)").fill("101");
  await page.getByLabel("Countries").selectOption(["US"]);
  await addRow(page, "Add a director", "Directors", { Person: film.director ?? "Test Director" });
  await page.getByRole("button", { name: "Save facts" }).click();
  await page.waitForURL((url) => /\/en\/admin\/films\/[a-z0-9-]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  return { slug: new URL(page.url()).pathname.split("/").pop()!, suggested };
}

/**
 * The datetime-local value the browser's own time zone shows for a UTC time
 * ("2030-01-01T00:00:00", read as UTC), or "" to clear the field.
 */
export async function localInput(page: Page, utc: string) {
  if (!utc) return "";
  return page.evaluate(
    (iso) => {
      const date = new Date(iso);
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
    },
    /Z$/.test(utc) ? utc : `${utc}Z`,
  );
}

/** Fills one translation in the translation editor and saves it. The publication time is given in UTC. */
export async function writeTranslation(
  page: Page,
  text: {
    title: string;
    excerpt?: string;
    synopsis?: string;
    commentary?: string;
    status?: "draft" | "published" | "unpublished";
    publishAt?: string;
  },
) {
  await expect(page.locator("form.translation-editor[data-ready]")).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(text.title);
  await page.getByLabel("Excerpt").fill(text.excerpt ?? `${text.title}: excerpt.`);
  await page.getByLabel("Synopsis").fill(text.synopsis ?? `${text.title}: synopsis.`);
  await page.getByLabel("Review", { exact: true }).fill(text.commentary ?? `${text.title}: review.`);
  await page.getByLabel("Status", { exact: true }).selectOption(text.status ?? "published");
  if (text.publishAt !== undefined) await page.getByLabel("Publish at (optional)").fill(await localInput(page, text.publishAt));
  await page.getByRole("button", { name: "Save", exact: true }).click();
}
