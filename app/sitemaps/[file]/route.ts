import { loadCatalog } from "@/lib/catalog";
import { sitemapChunks, sitemapEntries, urlsetXml, xmlResponse } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/site";

export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

/** One part of a sitemap too large for one file: /sitemaps/0.xml, /sitemaps/1.xml… */
export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  const match = (await params).file.match(/^(\d{1,6})\.xml$/);
  const chunk = match && sitemapChunks(sitemapEntries(await loadCatalog(), siteUrl()))[Number(match[1])];
  if (!chunk) return new Response("Not found", { status: 404 });
  return xmlResponse(urlsetXml(chunk));
}
