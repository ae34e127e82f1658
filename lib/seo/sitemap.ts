import type { Catalog } from "@/lib/catalog";
import { localePath } from "@/i18n/paths";
import { allPages, filmBySlug, pathOf, publishedLocales } from "@/lib/pages";
import { alternatesFor } from "@/lib/site";

// The sitemap: one <url> per published page and locale, each with the same
// hreflang alternates the page itself prints (both come from alternatesFor
// and publishedLocales). Next has no sitemap index, so the XML is written here.

/** Well under the protocol's 50,000 URLs (and 50 MB) per file, alternates included. */
export const URLS_PER_SITEMAP = 10_000;

export type SitemapEntry = { loc: string; lastmod?: Date; alternates: { hreflang: string; href: string }[] };

export function sitemapEntries(catalog: Catalog, origin: URL): SitemapEntry[] {
  const absolute = (path: string) => new URL(path, origin).toString();
  return allPages(catalog).flatMap((ref) => {
    const published = publishedLocales(catalog, ref);
    const film = ref.kind === "review" ? filmBySlug(catalog, ref.slug) : undefined;
    return published.map((locale) => {
      const { languages } = alternatesFor(pathOf(ref), locale, published);
      return {
        loc: absolute(localePath(locale, pathOf(ref))),
        lastmod: film?.published[locale],
        alternates: Object.entries(languages).map(([hreflang, href]) => ({ hreflang, href: absolute(href) })),
      };
    });
  });
}

export function sitemapChunks<T>(entries: readonly T[], size = URLS_PER_SITEMAP): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < entries.length; i += size) chunks.push(entries.slice(i, i + size));
  return chunks.length ? chunks : [[]];
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

export function urlsetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const links = entry.alternates.map(
      (a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`,
    );
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

export const xmlResponse = (body: string, type = "application/xml") =>
  new Response(body, { headers: { "Content-Type": `${type}; charset=utf-8` } });
