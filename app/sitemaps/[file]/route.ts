import { listingTag } from "@/lib/cache-tags";
import { tagPage } from "@/lib/page-tags";
import { parsePartName, sitemapPages } from "@/lib/seo/sitemap-parts";
import { sitemapEntries, urlsetXml, xmlResponse } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/site";

// Cached from the first request until a save revalidates the "sitemap" tag.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

/** One part of the sitemap: /sitemaps/home.xml, /sitemaps/reviews-0.xml… */
export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  const match = (await params).file.match(/^([a-z]+(?:-\d{1,5})?)\.xml$/);
  const part = match && parsePartName(match[1]!);
  if (!part) return new Response("Not found", { status: 404 });
  await tagPage([listingTag.sitemap]);
  const pages = await sitemapPages(part);
  if (!pages.length && "n" in part) return new Response("Not found", { status: 404 });
  return xmlResponse(urlsetXml(sitemapEntries(pages, siteUrl())));
}
