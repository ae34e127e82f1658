import { withoutForbiddenChars } from "@/lib/validations/text";
import { localePath } from "@/i18n/paths";
import { pathOf } from "@/lib/pages";
import { alternatesFor } from "@/lib/site";
import type { SitemapPage } from "./sitemap-parts";

// The sitemap's XML: one <url> per published page and locale, each with the
// same hreflang alternates the page itself prints (both come from
// alternatesFor and the page's published locales). Next has no sitemap index,
// so the XML is written here; lib/seo/sitemap-parts.ts decides what is in it.

export type SitemapEntry = { loc: string; lastmod?: Date; alternates: { hreflang: string; href: string }[] };

export function sitemapEntries(pages: readonly SitemapPage[], origin: URL): SitemapEntry[] {
  // Paths are absolute already; prefixing the origin is all a sitemap part of
  // 10,000 URLs needs (new URL() per link was most of its cost).
  const absolute = (path: string) => origin.origin + path;
  return pages.flatMap(({ ref, locales, lastmod }) => {
    const path = pathOf(ref);
    // The same alternates for every locale of the page; only the <loc> differs.
    const { languages } = alternatesFor(path, locales[0]!, locales);
    const alternates = Object.entries(languages).map(([hreflang, href]) => ({ hreflang, href: absolute(href) }));
    return locales.map((locale) => ({ loc: absolute(localePath(locale, path)), lastmod: lastmod?.[locale], alternates }));
  });
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

export function urlsetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const links = entry.alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`);
    const lastmod = entry.lastmod ? `<lastmod>${entry.lastmod.toISOString()}</lastmod>` : "";
    return `<url><loc>${escapeXml(entry.loc)}</loc>${lastmod}${links.join("")}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join("\n")}
</urlset>
`;
}

export function sitemapIndexXml(locations: readonly string[]): string {
  const items = locations.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${items.join("\n")}
</sitemapindex>
`;
}

/**
 * Every XML document Marquee serves (sitemaps, feeds) leaves through here.
 * Characters XML 1.0 forbids are dropped once more, for rows saved before
 * saves stripped them: one of them made a whole feed unreadable.
 */
export const xmlResponse = (body: string, type = "application/xml") =>
  new Response(withoutForbiddenChars(body), { headers: { "Content-Type": `${type}; charset=utf-8` } });
