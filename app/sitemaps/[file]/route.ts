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

/** One part of the sitemap: /sitemaps/indexes.xml, /sitemaps/home-0.xml, /sitemaps/genre-drama.xml… (lib/seo/sitemap-parts.ts) */
export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  const match = (await params).file.match(/^([a-z0-9-]{1,120})\.xml$/);
  const part = match && parsePartName(match[1]!);
  if (!part) return new Response("Not found", { status: 404 });
  await tagPage([listingTag.sitemap]);
  const pages = await sitemapPages(part);
  // A slice past the end does not exist; a genre or decade with nothing published yet is an empty list.
  if (!pages.length && "n" in part && part.n > 0 && part.kind !== "people") return new Response("Not found", { status: 404 });
  return xmlResponse(urlsetXml(sitemapEntries(pages, siteUrl())));
}
