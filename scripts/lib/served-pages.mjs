// The single server's own caching front: the finished bytes of each cached
// reader page (after scripts/lib/script-hashes.mjs has put its hashes in the
// policy), kept in memory and sent again without going through Next.
//
// Why: Next answers a cached page in about 3-6 ms of this process's one
// thread (routing, the proxy, its cache lookup, headers), so 50 readers keep
// the event loop full, and an editor's save, which waits on the loop dozens
// of times, took seconds. Sent from here a page costs a fraction of a
// millisecond. Several instances behind nginx don't need it (the front does
// this), so scripts/serve.mjs only keeps it without REDIS_URL.
//
// Correctness: every save expires its pages through revalidateTags()
// (lib/editorial/revalidate.ts), which makes every kept page stale in the same
// process. A page Next was already sending when that happened is not kept
// (the generation check), so nothing older than the last save is ever resent.
import zlib from "node:zlib";
import { LRUCache } from "lru-cache";
import Negotiator from "negotiator";

/** Where lib/editorial/revalidate.ts finds this process's cache to clear it. */
export const SERVED_PAGES = Symbol.for("marquee.servedPages");

/** Headers that belong to one response on one connection, never to a kept page. */
const PER_RESPONSE = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-encoding"]);
/** Requests Next answers with something else than the page's HTML (client navigations, prefetches). */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

const compressors = {
  br: (body) => zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (body) => zlib.gzipSync(body, { level: 6 }),
};

/** A GET of the page itself, by a reader: not draft mode, not Next's router. */
function isPlainPageRequest(request) {
  if (request.method !== "GET" || ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  if (/[?&]_rsc=/.test(request.url ?? "")) return false;
  // Draft mode (an editor's preview) renders unpublished text for that editor only.
  return !/(?:^|;\s*)__prerender_bypass=/.test(request.headers.cookie ?? "");
}

/** Sends a kept page, compressed as the request accepts, or 304 when the reader has it. */
function sendPage(request, response, page) {
  if (request.headers["if-none-match"] === page.headers.etag) {
    response.writeHead(304, { etag: page.headers.etag, vary: page.headers.vary ?? "Accept-Encoding" });
    response.end();
    return;
  }
  const encoding = new Negotiator(request).encoding(["br", "gzip", "identity"]);
  let body = page.body;
  if (encoding === "br" || encoding === "gzip") body = page.encoded[encoding] ??= compressors[encoding](page.body);
  response.writeHead(200, {
    ...page.headers,
    "x-nextjs-cache": "HIT",
    ...(body === page.body ? {} : { "content-encoding": encoding }),
    "content-length": body.length,
  });
  response.end(body);
}

/** Marks the one request that asks Next for a page others wait for. */
const ASKS_FOR_OTHERS = Symbol("asksForOthers");

/** A memory-bounded cache of finished pages; `maxBytes` counts each page's bytes and its compressed copies. */
export function createServedPages(maxBytes) {
  const pages = new LRUCache({ maxSize: maxBytes, sizeCalculation: (page) => page.body.length * 2 });
  // A save moves to the next generation: the pages kept before it are stale,
  // still known to be cached pages, so their readers can share one answer.
  let generation = 0;
  /** Readers waiting for a page one request is fetching from Next, by URL. */
  const fetching = new Map();
  const settle = (url, waiters, page) => {
    if (fetching.get(url) !== waiters) return;
    fetching.delete(url);
    for (const waiter of waiters) waiter(page);
  };

  const served = {
    clear() {
      generation += 1;
    },

    /**
     * Sends the kept page for `request` and returns true, or returns false to
     * let Next answer. When a save has made the page stale, the first reader
     * asks Next and the others wait for that answer (`toNext` if it cannot be
     * kept): right after a save 50 readers would otherwise each go through
     * Next's pipeline for the same page, and the save's own answer behind them.
     */
    send(request, response, toNext) {
      if (!isPlainPageRequest(request)) return false;
      const page = pages.get(request.url);
      if (!page) return false;
      if (page.generation === generation) {
        sendPage(request, response, page);
        return true;
      }
      const waiters = fetching.get(request.url);
      if (waiters) {
        waiters.push((fresh) => (fresh ? sendPage(request, response, fresh) : toNext()));
        return true;
      }
      fetching.set(request.url, []);
      request[ASKS_FOR_OTHERS] = true;
      return false;
    },

    /**
     * Called as Next's answer to `request` starts: returns what to call with
     * the finished page (status, headers, body) to keep it, if it may be kept.
     */
    watch(request, response) {
      if (!isPlainPageRequest(request)) return null;
      const url = request.url;
      const startedIn = generation;
      const waiters = request[ASKS_FOR_OTHERS] ? fetching.get(url) : undefined;
      if (waiters) response.once("close", () => settle(url, waiters, null));
      return (status, headers, body) => {
        // A save since this request began: its page may predate the save.
        if (generation !== startedIn || status !== 200 || headers["set-cookie"] || !headers["x-nextjs-cache"]) return;
        const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name)));
        const page = { headers: kept, body, encoded: {}, generation };
        pages.set(url, page);
        if (waiters) settle(url, waiters, page);
      };
    },
  };
  globalThis[SERVED_PAGES] = served;
  return served;
}
