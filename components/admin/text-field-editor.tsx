"use client";

import { localeDirection } from "@/lib/locales";
import type { TextField } from "@/lib/validations/translation";
import { Field, fieldAria, type FieldProblem } from "./field";

type Props = {
  id: TextField;
  label: string;
  hint?: string;
  value: string;
  onChange: (field: TextField, value: string) => void;
  /** The language being written, for spell-checking, fonts and direction. */
  lang: string;
  error?: FieldProblem;
  maxLength?: number;
  rows?: number;
  single?: boolean;
};

/** One labelled text field of a translation, with its field-level error. */
export function TextFieldEditor({ id, label, hint, value, onChange, lang, error, maxLength, rows, single }: Props) {
  const common = { id, name: id, value, lang, dir: localeDirection(lang), maxLength, ...fieldAria(id, Boolean(hint), error) };
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {single ? (
        <input {...common} onChange={(e) => onChange(id, e.target.value)} />
      ) : (
        <textarea {...common} rows={rows} onChange={(e) => onChange(id, e.target.value)} />
      )}
    </Field>
  );
}
