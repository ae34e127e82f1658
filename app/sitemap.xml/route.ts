import { connection } from "next/server";
import { partName, sitemapParts } from "@/lib/seo/sitemap-parts";
import { sitemapIndexXml, xmlResponse } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/site";

/** The sitemap index: its parts come from two counts, so it is computed on each request. */
export async function GET() {
  await connection();
  const origin = siteUrl();
  const parts = await sitemapParts();
  return xmlResponse(sitemapIndexXml(parts.map((part) => new URL(`/sitemaps/${partName(part)}.xml`, origin).toString())));
}
