import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site";

// Read per request, so the sitemap address follows MARQUEE_SITE_URL at run time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // The admin area is no page for an index. Search results are not either,
      // but they say so themselves (noindex): a crawler kept out by robots.txt
      // would never read that, and could still list their bare addresses.
      disallow: ["/api/", "/*/admin"],
    },
    sitemap: new URL("/sitemap.xml", siteUrl()).toString(),
  };
}
