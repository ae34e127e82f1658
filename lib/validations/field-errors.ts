import type { z } from "zod";

/**
 * zod issues → field → Admin.errors message key, with the values its message
 * needs (per-field limits). The first issue of each field wins.
 */
export function zodFieldErrors(error: z.ZodError, limits: Record<string, Record<string, number>> = {}) {
  const errors: Record<string, { key: string; values?: Record<string, number> }> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (errors[field]) continue;
    errors[field] = { key: issue.message, values: limits[field] };
  }
  return errors;
}
