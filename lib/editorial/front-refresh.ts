import { after } from "next/server";
import { localePath } from "@/i18n/paths";
import { listingTag, tagOfListing } from "@/lib/cache-tags";
import { locales } from "@/lib/locales";

// With a caching front (deploy/nginx), readers get a page up to a second old.
// After a save, the instance asks the front to fetch the pages a reader is
// most likely to open next (the film's review in every language, the home
// pages, the feeds) past its cache, with a key only the instances know;
// the front stores the fresh copies, so the publish shows at once there.
// Every other page catches up when its second is out.

/** The front's pages to fetch fresh after a save that revalidated `tags`. */
export function frontPathsFor(tags: readonly string[]): string[] {
  const paths: string[] = [];
  const home = tagOfListing({ kind: "home", page: 1 });
  for (const tag of tags) {
    if (tag.startsWith("film:")) paths.push(...locales.map((locale) => localePath(locale, `/reviews/${tag.slice("film:".length)}`)));
    else if (tag === home) paths.push(...locales.map((locale) => localePath(locale, "/")));
    else if (tag === listingTag.feeds) paths.push(...locales.map((locale) => localePath(locale, "/feed.xml")));
  }
  return [...new Set(paths)];
}

/**
 * After the response: MARQUEE_FRONT_URL (one or more, comma-separated) fetch
 * each page fresh; `first`, the page the editor just changed, before any other.
 */
export function refreshFront(tags: readonly string[], first?: string) {
  const fronts = (process.env.MARQUEE_FRONT_URL ?? "").split(",").filter(Boolean);
  const key = process.env.MARQUEE_FRONT_REFRESH_KEY;
  if (fronts.length === 0 || !key) return;
  const paths = frontPathsFor(tags);
  const refresh = async (front: string, path: string) => {
    const response = await fetch(new URL(path, front), {
      headers: { "X-Marquee-Refresh": key, "Accept-Language": "en" },
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
  };
  after(async () => {
    // The page the editor changed alone, then the other review pages, then the
    // rest: on a busy instance every render started beside one delays it.
    const rest = paths.filter((p) => p !== first);
    const batches = [paths.filter((p) => p === first), rest.filter((p) => p.includes("/reviews/")), rest.filter((p) => !p.includes("/reviews/"))];
    let failed = 0;
    for (const batch of batches) {
      const results = await Promise.allSettled(fronts.flatMap((front) => batch.map((path) => refresh(front, path))));
      failed += results.filter((result) => result.status === "rejected").length;
    }
    if (failed) console.error(`The caching front did not refresh ${failed} page(s); they catch up within a second.`);
  });
}
