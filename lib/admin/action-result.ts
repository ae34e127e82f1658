import { formatDateTime } from "@/lib/format";
import { defaultLocale, isLocale } from "@/lib/locales";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/lib/db-errors";

// The shape every admin server action answers with, so forms can show
// field-level messages (message keys under Admin.errors) and keep what the
// editor typed.
export type ActionResult = {
  ok: boolean;
  /** Admin.* message key of a form-level message (success or failure). */
  message?: string;
  /** Values for that message, e.g. an email address. */
  messageValues?: Record<string, string>;
  /** Field name → Admin.errors message key (with its values). */
  fieldErrors?: Record<string, { key: string; values?: Record<string, string | number> }>;
  /** What the editor submitted, so nothing typed is lost on an error. */
  values?: Record<string, string>;
};

export const NOT_ALLOWED: ActionResult = { ok: false, message: "errors.notAllowed" };
export const FAILED: ActionResult = { ok: false, message: "errors.failed" };
/** The database is down: nothing was saved, the text is kept, try again. */
export const UNAVAILABLE: ActionResult = { ok: false, message: "errors.unavailable" };

const unavailable = (error: unknown) => error instanceof DatabaseUnavailableError || isDatabaseUnavailable(error);

/** Why the session check refused: no editor (not allowed), or no database to ask (unavailable). */
export function refusal(error: unknown): ActionResult {
  return unavailable(error) ? UNAVAILABLE : NOT_ALLOWED;
}

/** A failed save, with the editor's text: the database being down says so. */
export function failure(error: unknown, values?: Record<string, string>): ActionResult {
  // The editor is told "try again" and keeps their text; the operator gets the cause.
  if (!unavailable(error)) console.error("A save failed:", error);
  return { ...(unavailable(error) ? UNAVAILABLE : FAILED), values };
}

/** The submitted text fields of a form, minus secrets that must never be sent back. */
export function echoValues(form: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !omit.includes(key)) values[key] = value;
  }
  return values;
}

/**
 * A refused save: who saved in between and when (in the editor's language,
 * and in their time zone when the form sent one), with the editor's text kept.
 */
export function conflictResult(by: string, at: Date, uiLocale: string, values?: Record<string, string>): ActionResult {
  const time = formatDateTime(at, isLocale(uiLocale) ? uiLocale : defaultLocale, values?.timeZone);
  return { ok: false, message: "errors.conflict", messageValues: { name: by, time }, values };
}

/** Awaits a save; a database failure becomes a refusal the form can show (text kept), never a 500 page. */
export async function orFailed<T>(work: Promise<T>): Promise<T | { kind: "failed"; error: unknown }> {
  try {
    return await work;
  } catch (error) {
    return { kind: "failed", error };
  }
}
