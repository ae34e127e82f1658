import { unstable_cache } from "next/cache";

const untagged = async () => null;

/**
 * Tags the page being rendered with `tags`, so revalidateTag() reaches it.
 * Without cacheComponents, Next 16 collects a page's tags only from fetch()
 * and unstable_cache() calls made while rendering it; this cached no-op is
 * that call, holding nothing but the tags (the data itself is read fresh).
 */
export async function tagPage(tags: readonly string[]): Promise<void> {
  await unstable_cache(untagged, ["page-tags", ...tags], { tags: [...tags] })();
}
