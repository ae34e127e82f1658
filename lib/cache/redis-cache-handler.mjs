// Next's `cacheHandler` for several app instances: rendered pages, route
// handlers (feeds, sitemap parts) and the tagged no-op entries of
// lib/page-tags.ts live in one Redis, so a save revalidated on one instance is
// seen by all. next.config.js loads it only when REDIS_URL is set.
//
// Why this handler and not a library: the maintained one
// (@fortedigital/nextjs-cache-handler 3.3) revalidates a tag by scanning the
// tag list of every cached entry (HSCAN of one hash holding all of them), so a
// save costs what the whole cache holds, 50,000+ pages at 10,000 films; it
// also drops the tags of route-handler entries (its issue #231), which our
// feeds and sitemap parts depend on. This follows the pattern of Next's own
// examples/cache-handler-redis instead: a tag's revalidation is one timestamp
// key, and an entry is fresh while none of its tags was revalidated after it
// was written. A read costs one GET and one MGET of the tags it carries; a
// save costs one SET per tag it touches.
//
// - Entries are keyed by build, so a new build never serves (or overwrites)
//   the pages of another, and nothing from the build output is pushed in.
// - Tag timestamps are shared by all builds: a save reaches every instance.
// - Redis down: reads are misses (the page renders fresh), writes are
//   skipped, and revalidations are kept in memory and recorded as soon as the
//   connection is back, so no instance keeps an entry a save outdated.

import fs from "node:fs";
import path from "node:path";
import { createClient } from "@redis/client";
import { decodeEntry, encodeEntry, entryTags } from "./cache-entry.mjs";

/** How long one Redis command may take before the request goes on without the cache. */
const COMMAND_TIMEOUT_MS = Number(process.env.MARQUEE_CACHE_TIMEOUT_MS) || 500;
/** Entries no reader asked for in this long leave Redis; the next reader renders them again. */
const IDLE_TTL_SECONDS = 7 * 24 * 3600;
const PREFIX = process.env.MARQUEE_CACHE_PREFIX || "marquee:";
const TAG_PREFIX = `${PREFIX}tag:`;

/**
 * When this process first found each key missing, since its last write. A
 * render that followed read the database after that moment, so the entry it
 * writes is dated then, not when it is written: a save that commits while the
 * render runs revalidates its tags after that date, and the entry is dropped
 * at the next read instead of keeping the old text until the next save.
 */
const missedAt = new Map();
const MAX_MISSES_TRACKED = 10_000;

function noteMiss(key) {
  if (missedAt.has(key)) return;
  if (missedAt.size >= MAX_MISSES_TRACKED) missedAt.clear();
  missedAt.set(key, Date.now());
}

/** One connection per process, shared by every handler instance Next creates (one per request). */
let connection;
/** Tags revalidated while Redis was unreachable, recorded on reconnection. */
const pendingTags = new Map();

function redis() {
  if (!connection) {
    const client = createClient({
      url: process.env.REDIS_URL,
      // Fail at once while disconnected rather than queue commands behind a dead socket.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
    });
    let warned = false;
    client.on("error", (error) => {
      if (!warned) console.error(`Shared cache (Redis) unavailable, rendering without it: ${error.message}`);
      warned = true;
    });
    client.on("ready", () => {
      warned = false;
      void flushPendingTags(client);
    });
    const connecting = client.connect().catch(() => undefined);
    // Requests arriving while it connects wait for it once, at most this long.
    const ready = Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    connection = { client, ready };
  }
  return connection;
}

async function readyClient() {
  const { client, ready } = redis();
  await ready;
  return client.isReady ? client : null;
}

function withTimeout(promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error("Redis command timed out")), COMMAND_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function recordTags(client, times) {
  if (times.size === 0) return;
  await withTimeout(client.mSet([...times].map(([tag, at]) => [TAG_PREFIX + tag, String(at)])));
}

async function flushPendingTags(client) {
  const times = new Map(pendingTags);
  try {
    await recordTags(client, times);
    for (const [tag, at] of times) if (pendingTags.get(tag) === at) pendingTags.delete(tag);
  } catch (error) {
    console.error(`Shared cache: ${times.size} revalidation(s) still waiting for Redis: ${error.message}`);
  }
}

function readBuildId(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "development";
  }
}

export default class RedisCacheHandler {
  constructor(context) {
    this.entryPrefix = `${PREFIX}${readBuildId(context.serverDistDir)}:`;
  }

  async get(key, context = {}) {
    const entry = await this.read(key, context);
    if (!entry) noteMiss(key);
    return entry;
  }

  async read(key, context) {
    const client = await readyClient();
    if (!client) return null;
    try {
      const stored = await withTimeout(client.get(this.entryPrefix + key));
      if (!stored) return null;
      const entry = decodeEntry(stored);
      const tags = [...new Set([...entryTags(entry), ...(context.tags ?? []), ...(context.softTags ?? [])])];
      if (tags.length === 0) return entry;
      const times = await withTimeout(client.mGet(tags.map((tag) => TAG_PREFIX + tag)));
      const revalidated = times.some((time) => time !== null && Number(time) >= entry.lastModified);
      return revalidated ? null : entry;
    } catch {
      return null;
    }
  }

  async set(key, value, context = {}) {
    const lastModified = missedAt.get(key) ?? Date.now();
    missedAt.delete(key);
    const client = await readyClient();
    if (!client) return;
    const entry = { lastModified, value, cacheControl: context.cacheControl, tags: context.tags ?? [] };
    const expire = context.cacheControl?.expire;
    const seconds = typeof expire === "number" && Number.isFinite(expire) ? Math.min(expire, IDLE_TTL_SECONDS) : IDLE_TTL_SECONDS;
    try {
      await withTimeout(
        client.set(this.entryPrefix + key, encodeEntry(entry), { expiration: { type: "EX", value: Math.max(1, Math.ceil(seconds)) } }),
      );
    } catch {
      // Not cached this time; the next request renders it again.
    }
  }

  /**
   * Every revalidation expires the tag's entries at once: Marquee's saves ask
   * for that ({ expire: 0 }), and a stale-while-revalidate signal could not
   * reach the other instances' in-memory tag lists anyway.
   */
  async revalidateTag(tags) {
    const now = Date.now();
    const times = new Map((typeof tags === "string" ? [tags] : tags).map((tag) => [tag, now]));
    const client = await readyClient();
    try {
      if (!client) throw new Error("not connected");
      await recordTags(client, times);
    } catch (error) {
      for (const [tag, at] of times) pendingTags.set(tag, at);
      console.error(`Shared cache: revalidation of ${times.size} tag(s) kept until Redis is back: ${error.message}`);
    }
  }

  resetRequestCache() {}
}
