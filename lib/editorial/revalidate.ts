import { revalidatePath } from "next/cache";

/**
 * After any change to a film. A film appears on far more pages than its own:
 * every locale's review, home pages, genre, year and people pages and their
 * pagination, each page's switcher and alternates, the feeds and the sitemap.
 * So everything is marked stale; pages stay statically served and each is
 * regenerated on its next request.
 */
export function revalidateReaderPages() {
  revalidatePath("/", "layout");
}
