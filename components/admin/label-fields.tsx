"use client";

import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import type { ActionResult } from "@/lib/admin/action-result";
import { LABEL_MAX } from "@/lib/editorial/label-limits";
import type { FilmLabels } from "@/lib/editorial/labels";
import { localeDirection } from "@/lib/locales";
import { FieldError } from "./form-message";

type Props = { target: Locale; labels: FilmLabels; state: ActionResult | null; onChange: () => void };

/**
 * Character names in the language being written, part of the translation
 * form. The original is the placeholder; empty shows the original.
 */
export function LabelFields({ target, labels, state, onChange }: Props) {
  const t = useTranslations("Admin.labels");
  const lang = { lang: target, dir: localeDirection(target), maxLength: LABEL_MAX };
  const value = (name: string, saved: string) => state?.values?.[name] ?? saved;
  const input = (name: string, label: string, saved: string, placeholder: string) => {
    const id = name.replace(".", "-");
    return (
      <div className="field" key={name}>
        <label htmlFor={id}>{label}</label>
        <input id={id} name={name} defaultValue={value(name, saved)} placeholder={placeholder} {...lang} />
        <FieldError state={state} field={name} id={`${id}-error`} />
      </div>
    );
  };
  if (labels.characters.length === 0) return null;
  return (
    <fieldset className="field labels" onChange={onChange}>
      <legend>{t("title")}</legend>
      <p className="hint">{t("intro")}</p>
      {labels.characters.map((c) => input(`character.${c.id}`, t("characterOf", { actor: c.actor, original: c.original }), c.value, c.original))}
    </fieldset>
  );
}
