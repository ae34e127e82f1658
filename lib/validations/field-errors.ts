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
    errors[field] = { key: issue.message, values: { ...valuesOf(issue), ...limits[field] } };
  }
  return errors;
}

/** The numbers an issue carries itself: a length limit, or a custom check's params. */
function valuesOf(issue: z.core.$ZodIssue): Record<string, number> {
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  if (issue.code === "custom" && issue.params) return issue.params as Record<string, number>;
  return {};
}
