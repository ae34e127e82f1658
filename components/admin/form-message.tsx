"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/admin/action-result";

/** The form-level outcome of an action, announced to screen readers. */
export function FormMessage({ state }: { state: ActionResult | null }) {
  const t = useTranslations("Admin");
  if (!state?.message) return <p role="status" className="form-message" />;
  return (
    <p role={state.ok ? "status" : "alert"} className={state.ok ? "form-message form-message--ok" : "form-error"}>
      {t(state.message, state.messageValues)}
    </p>
  );
}

/** A field's message from a failed action, tied to its input with aria-describedby. */
export function FieldError({ state, field, id }: { state: ActionResult | null; field: string; id: string }) {
  const t = useTranslations("Admin.errors");
  const error = state?.fieldErrors?.[field];
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {t(error.key, error.values)}
    </p>
  );
}
