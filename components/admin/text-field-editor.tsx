"use client";

import { useTranslations } from "next-intl";
import { localeDirection } from "@/lib/locales";
import type { TextField } from "@/lib/validations/translation";

type Props = {
  id: TextField;
  label: string;
  hint?: string;
  value: string;
  onChange: (field: TextField, value: string) => void;
  /** The language being written, for spell-checking, fonts and direction. */
  lang: string;
  error?: { key: string; values?: Record<string, string | number> };
  maxLength?: number;
  rows?: number;
  single?: boolean;
};

/** One labelled text field of a translation, with its field-level error. */
export function TextFieldEditor({ id, label, hint, value, onChange, lang, error, maxLength, rows, single }: Props) {
  const t = useTranslations("Admin.errors");
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: id,
    value,
    lang,
    dir: localeDirection(lang),
    maxLength,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {single ? (
        <input {...common} onChange={(e) => onChange(id, e.target.value)} />
      ) : (
        <textarea {...common} rows={rows} onChange={(e) => onChange(id, e.target.value)} />
      )}
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
