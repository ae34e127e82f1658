// What an editor sees for each translation of a film. Computed from stored
// facts (status, publication time, versions), never typed in by hand.

export const TRANSLATION_STATES = ["missing", "draft", "scheduled", "published", "unpublished", "outdated"] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

export type TranslationFacts = {
  status: string;
  publishedAt: Date | null;
  /** Version of the source-locale text this translation was made from. */
  sourceVersion: number | null;
};

/** Published and due: what readers may see at `now`. The one scheduling rule. */
export function isLive(t: Pick<TranslationFacts, "status" | "publishedAt">, now: Date): boolean {
  return t.status === "published" && t.publishedAt !== null && t.publishedAt.getTime() <= now.getTime();
}

/**
 * A translation is outdated when the source text has been saved again since
 * the version it was translated from. The source translation itself never is.
 */
export function isOutdated(t: TranslationFacts, source: { textVersion: number } | null, isSource: boolean): boolean {
  if (isSource || !source || t.sourceVersion === null) return false;
  return t.sourceVersion < source.textVersion;
}

export function translationState(t: TranslationFacts | null, source: { textVersion: number } | null, isSource: boolean, now: Date): TranslationState {
  if (!t) return "missing";
  if (isOutdated(t, source, isSource)) return "outdated";
  if (t.status === "published") return isLive(t, now) ? "published" : "scheduled";
  // Taken down after being published: not the same as never published.
  return t.status === "unpublished" ? "unpublished" : "draft";
}
