"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { saveFilmLabels } from "@/lib/admin/actions/labels";
import type { FilmLabels } from "@/lib/editorial/labels";
import { localeDirection } from "@/lib/locales";
import { FormMessage } from "./form-message";

type Props = { slug: string; target: Locale; labels: FilmLabels };

/** Character names and award labels in one locale; the original is shown as a placeholder. */
export function LabelsForm({ slug, target, labels }: Props) {
  const t = useTranslations("Admin.labels");
  const [state, action, pending] = useActionState(saveFilmLabels, null);
  const values = state?.values;
  const lang = { lang: target, dir: localeDirection(target) };
  if (labels.characters.length === 0 && labels.awards.length === 0) return null;
  return (
    <form action={action} className="admin-form labels-form">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={target} />
      {labels.characters.length > 0 && (
        <fieldset className="field">
          <legend>{t("characters")}</legend>
          {labels.characters.map((c) => (
            <div className="field" key={c.id}>
              <label htmlFor={`character-${c.id}`}>{t("characterOf", { actor: c.actor, original: c.original })}</label>
              <input id={`character-${c.id}`} name={`character.${c.id}`} defaultValue={values?.[`character.${c.id}`] ?? c.value} placeholder={c.original} maxLength={200} {...lang} />
            </div>
          ))}
        </fieldset>
      )}
      {labels.awards.length > 0 && (
        <fieldset className="field">
          <legend>{t("awards")}</legend>
          {labels.awards.map((a) => (
            <div className="label-pair" key={a.id}>
              <div className="field">
                <label htmlFor={`awardBody-${a.id}`}>{t("awardBody", { original: a.original.bodyName, year: a.year })}</label>
                <input id={`awardBody-${a.id}`} name={`awardBody.${a.id}`} defaultValue={values?.[`awardBody.${a.id}`] ?? a.value.bodyName} placeholder={a.original.bodyName} maxLength={200} {...lang} />
              </div>
              <div className="field">
                <label htmlFor={`awardCategory-${a.id}`}>{t("awardCategory", { original: a.original.category })}</label>
                <input id={`awardCategory-${a.id}`} name={`awardCategory.${a.id}`} defaultValue={values?.[`awardCategory.${a.id}`] ?? a.value.category} placeholder={a.original.category} maxLength={200} {...lang} />
              </div>
            </div>
          ))}
        </fieldset>
      )}
      <FormMessage state={state} />
      <button type="submit" className="button" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
