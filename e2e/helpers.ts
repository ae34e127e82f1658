import type { Page } from "@playwright/test";

export const locales = ["en", "ja", "fr", "ar"] as const;

/** The `<html>` element's lang and dir. */
export async function htmlLangDir(page: Page) {
  return page.locator("html").evaluate((el) => ({ lang: el.getAttribute("lang"), dir: el.getAttribute("dir") }));
}

/** hreflang → href of the page's `<link rel="alternate">` tags. */
export async function alternates(page: Page): Promise<Record<string, string>> {
  return page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname])));
}

export function switcher(page: Page) {
  return page.getByRole("navigation", { name: /Language|言語|Langue|اللغة/ });
}

/**
 * The card of the review titled `title` on a paged list, following rel="next"
 * from `start`: films other tests publish meanwhile can push it to a later page.
 */
export async function findCard(page: Page, start: string, title: string) {
  await page.goto(start);
  for (;;) {
    const card = page.getByRole("article").filter({ hasText: title });
    if ((await card.count()) > 0) return card;
    const next = page.locator('nav a[rel="next"]');
    if ((await next.count()) === 0) throw new Error(`No card for ${title} from ${start}`);
    await page.goto((await next.getAttribute("href"))!);
  }
}
