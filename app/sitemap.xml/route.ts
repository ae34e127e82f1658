import { loadCatalog } from "@/lib/catalog";
import { sitemapChunks, sitemapEntries, sitemapIndexXml, urlsetXml, xmlResponse } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/site";

// Regenerated at most 30 seconds after a change, like the pages it lists.
export const revalidate = 30;

/** The sitemap itself while it fits in one file; an index of /sitemaps/{n}.xml once it does not. */
export async function GET() {
  const origin = siteUrl();
  const chunks = sitemapChunks(sitemapEntries(await loadCatalog(), origin));
  if (chunks.length === 1) return xmlResponse(urlsetXml(chunks[0]!));
  return xmlResponse(sitemapIndexXml(chunks.map((_, n) => new URL(`/sitemaps/${n}.xml`, origin).toString())));
}
