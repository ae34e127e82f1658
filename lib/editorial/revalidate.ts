import { revalidateTag } from "next/cache";
import { after } from "next/server";
import { drainSearchQueue } from "@/lib/search/queue";
import { refreshFront } from "./front-refresh";

/** How long after a save a render that read the database before it may still be storing its page. */
export const STRAGGLER_MS = 3_000;

/**
 * Expires the pages tagged with `tags` at once (not stale-while-revalidate),
 * so the next reader of each, the editor included, gets it rendered fresh;
 * pages not tagged stay cached.
 *
 * Then once more, STRAGGLER_MS later: a render that read the database just
 * before the save committed can store its page just after the first expiry,
 * and Next stamps an entry when it is stored, so that old page would pass as
 * fresh until the next save. The second expiry drops it; a page rendered in
 * between costs one more render, nothing else does. The shared cache needs
 * no second expiry (SHARED_CACHE_DATES_RENDERS).
 */
export function revalidateTags(tags: readonly string[]) {
  if (tags.length === 0) return;
  expire(tags);
  if (SHARED_CACHE_DATES_RENDERS) return;
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, STRAGGLER_MS));
    expire(tags);
  });
}

/**
 * The shared cache (REDIS_URL, lib/cache/redis-cache-handler.mjs) dates each
 * entry from when its render found the page missing, so a render that read the
 * database before a save is dropped at its next read however late it is
 * stored (tests/redis-cache-handler.test.ts). There the second expiry would
 * only make every instance render the film's pages once more, in the middle
 * of whatever the editor does next.
 */
const SHARED_CACHE_DATES_RENDERS = Boolean(process.env.REDIS_URL);

/** The finished pages scripts/serve.mjs keeps when it serves alone (scripts/lib/served-pages.mjs). */
const servedPages = () => (globalThis as { [key: symbol]: { clear(): void } | undefined })[Symbol.for("marquee.servedPages")];

function expire(tags: readonly string[]) {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  // Next's entries and the copies sent from outside Next go together.
  servedPages()?.clear();
}

/**
 * After a film's write has committed, with the tags recordFilmChange()
 * returned: fresh pages, then fresh search. `changedPage` (a path) is
 * refreshed at the caching front before the others. Search indexing runs
 * after the answer, so the editor does not wait for it: the save queued the
 * film in its own transaction, so a failure or a crash here loses nothing
 * (the sweep indexes it).
 */
export function refreshAfterWrite(tags: readonly string[], changedPage?: string) {
  revalidateTags(tags);
  refreshFront(tags, changedPage);
  after(() => drainSearchQueue().catch((error) => console.error("Search indexing failed; the sweep will retry:", error)));
}
