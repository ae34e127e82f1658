import type { APIRequestContext } from "@playwright/test";
import { parse } from "node-html-parser";

// Crawls the reader site from one address, following every internal link,
// pagination link and alternate, and records what each page says about itself.

export type CrawledPage = {
  path: string;
  status: number;
  lang: string | null;
  dir: string | null;
  canonical: string | null;
  alternates: Record<string, string>;
  switcher: { hreflang: string; href: string; translated: boolean }[];
  links: string[];
  jsonLd: string[];
  description: string | null;
  feed: string | null;
  /** Targets of <link rel="prev|next"> in the head. */
  prev: string | null;
  next: string | null;
};

const pathOf = (href: string, base: URL) => {
  const url = new URL(href, base);
  return url.origin === base.origin ? url.pathname + url.search : null;
};

function relLink(html: ReturnType<typeof parse>, rel: string, base: URL): string | null {
  const href = html.querySelector(`head link[rel="${rel}"]`)?.getAttribute("href");
  return href ? pathOf(href, base) : null;
}

async function fetchPage(request: APIRequestContext, path: string, base: URL): Promise<CrawledPage> {
  const response = await request.get(path, { maxRedirects: 5 });
  const html = parse(await response.text());
  const attr = (selector: string, name: string) => html.querySelector(selector)?.getAttribute(name) ?? null;
  const canonical = attr('link[rel="canonical"]', "href");
  const anchors = html.querySelectorAll("a[href], link[rel=next], link[rel=prev], link[rel=alternate][hreflang]");
  return {
    path,
    status: response.status(),
    lang: attr("html", "lang"),
    dir: attr("html", "dir"),
    canonical: canonical && pathOf(canonical, base),
    alternates: Object.fromEntries(
      html.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute("hreflang")!, pathOf(l.getAttribute("href")!, base)!]),
    ),
    switcher: html.querySelectorAll("header nav a[hreflang]").map((a) => ({
      hreflang: a.getAttribute("hreflang")!,
      href: a.getAttribute("href")!,
      translated: a.getAttribute("data-translated") !== "false",
    })),
    links: anchors.flatMap((a) => {
      const href = a.getAttribute("href")!;
      const target = href.startsWith("#") ? null : pathOf(href, base);
      return target ? [target] : [];
    }),
    jsonLd: html.querySelectorAll('script[type="application/ld+json"]').map((s) => s.text),
    description: attr('meta[name="description"]', "content"),
    feed: attr('link[rel="alternate"][type="application/rss+xml"]', "href"),
    prev: relLink(html, "prev", base),
    next: relLink(html, "next", base),
  };
}

/** Every page reachable from `start`, keyed by path (with query). */
export async function crawl(request: APIRequestContext, start: string, baseURL: string): Promise<Map<string, CrawledPage>> {
  const base = new URL(baseURL);
  const pages = new Map<string, CrawledPage>();
  const queue = [start];
  const seen = new Set(queue);
  while (queue.length) {
    const batch = queue.splice(0, 8);
    for (const page of await Promise.all(batch.map((path) => fetchPage(request, path, base)))) {
      pages.set(page.path, page);
      for (const link of page.links) {
        const path = link.split("#")[0]!;
        if (!seen.has(path) && !path.startsWith("/media/") && !path.includes("/admin")) {
          seen.add(path);
          queue.push(path);
        }
      }
    }
  }
  return pages;
}
