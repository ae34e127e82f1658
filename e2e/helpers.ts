import type { Page } from "@playwright/test";

export const locales = ["en", "ja", "fr", "ar"] as const;

/** The `<html>` element's lang and dir. */
export async function htmlLangDir(page: Page) {
  return page.locator("html").evaluate((el) => ({ lang: el.getAttribute("lang"), dir: el.getAttribute("dir") }));
}

/** hreflang → href of the page's `<link rel="alternate">` tags. */
export async function alternates(page: Page): Promise<Record<string, string>> {
  return page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
    Object.fromEntries(links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname])),
  );
}

export function switcher(page: Page) {
  return page.getByRole("navigation", { name: /Language|言語|Langue|اللغة/ });
}
