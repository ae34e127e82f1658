import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { demoAccounts } from "../lib/demo-accounts";

export const [adminAccount, editorAccount] = demoAccounts();

let clientNumber = 0;
/**
 * A browser context with its own client address. better-auth rate-limits
 * sign-in per address, so tests running side by side must not share one.
 */
export async function newClient(browser: Browser, locale = "en"): Promise<BrowserContext> {
  clientNumber += 1;
  const address = `10.${process.pid % 250}.${Math.floor(clientNumber / 250)}.${clientNumber % 250}`;
  return browser.newContext({ extraHTTPHeaders: { "Accept-Language": locale, "X-Forwarded-For": address } });
}

export async function signIn(page: Page, account: { email: string; password: string }, locale = "en") {
  await page.goto(`/${locale}/admin/sign-in`);
  await page.locator("#email").fill(account.email);
  await page.locator("#password").fill(account.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
}

/** Read-only access to the e2e database, to check what an action did or did not change. */
export function readDb<T>(query: (db: Database.Database) => T): T {
  const file = (process.env.DATABASE_URL ?? "").replace(/^file:/, "");
  const db = new Database(file, { readonly: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}
