"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

export type FieldProblem = { key: string; values?: Record<string, string | number> };

/** The accessibility attributes that tie an input to its hint and its error. */
export function fieldAria(id: string, hint: boolean, error: FieldProblem | undefined) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined };
}

type Props = { id: string; label: string; hint?: string; error?: FieldProblem; children: ReactNode };

/** A labelled form field with its hint and its field-level error in the editor's language. */
export function Field({ id, label, hint, error, children }: Props) {
  const t = useTranslations("Admin.errors");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {t(error.key, error.values)}
        </p>
      )}
    </div>
  );
}
