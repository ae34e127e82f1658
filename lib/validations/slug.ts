import { z } from "zod";

// One rule for what a film slug is; URLs that do not match are a 404, never a query.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 120;

export const slugSchema = z.string().min(1, { message: "slug" }).max(SLUG_MAX, { message: "slug" }).regex(SLUG_PATTERN, { message: "slug" });

/** The slug from a URL segment, or null when it cannot be one. */
export function parseSlugParam(segment: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const result = slugSchema.safeParse(decoded);
  return result.success ? result.data : null;
}
