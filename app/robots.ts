import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site";

// Read per request, so the sitemap address follows MARQUEE_SITE_URL at run time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // The admin area and search results are not pages for an index.
      disallow: ["/api/", "/*/admin", "/*/search"],
    },
    sitemap: new URL("/sitemap.xml", siteUrl()).toString(),
  };
}
