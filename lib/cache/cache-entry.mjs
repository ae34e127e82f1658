// How a cache entry is written to Redis and read back. Next's entries hold
// Buffers (a page's RSC payload, a route handler's body) and a Map of Buffers
// (prefetch segments); JSON alone would turn the first into arrays of numbers
// and the second into {}. Buffers travel as base64, Maps as entry lists.

const NEXT_CACHE_TAGS_HEADER = "x-next-cache-tags";

function replacer(key, value) {
  const original = this[key];
  if (Buffer.isBuffer(original)) return { $buffer: original.toString("base64") };
  if (original instanceof Map) return { $map: [...original] };
  return value;
}

function reviver(_key, value) {
  if (value && typeof value === "object") {
    if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
    if (Array.isArray(value.$map)) return new Map(value.$map);
  }
  return value;
}

export const encodeEntry = (entry) => JSON.stringify(entry, replacer);

export const decodeEntry = (stored) => JSON.parse(stored, reviver);

/**
 * The tags an entry answers to: a page's or a route handler's come from the
 * tags header Next stores with it; a data entry (unstable_cache) carries its own.
 */
export function entryTags(entry) {
  const header = entry.value?.headers?.[NEXT_CACHE_TAGS_HEADER];
  const fromHeader = typeof header === "string" ? header.split(",") : Array.isArray(header) ? header : [];
  return [...fromHeader, ...(entry.value?.tags ?? []), ...(entry.tags ?? [])].filter(Boolean);
}
