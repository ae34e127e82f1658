import { revalidateTag } from "next/cache";
import { drainSearchQueue } from "@/lib/search/queue";
import { refreshFront } from "./front-refresh";

/**
 * Expires the pages tagged with `tags` at once (not stale-while-revalidate),
 * so the next reader of each, the editor included, gets it rendered fresh;
 * pages not tagged stay cached.
 */
export function revalidateTags(tags: readonly string[]) {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

/**
 * After a film's write has committed, with the tags recordFilmChange()
 * returned: fresh pages, fresh search. `changedPage` (a path) is refreshed at
 * the caching front before the others.
 */
export async function refreshAfterWrite(tags: readonly string[], changedPage?: string) {
  revalidateTags(tags);
  refreshFront(tags, changedPage);
  // A failure here loses nothing: the film stays queued and the sweep indexes it.
  await drainSearchQueue().catch((error) => console.error("Search indexing failed; the sweep will retry:", error));
}
