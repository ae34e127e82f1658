"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { mergeAwardBody, saveAwardBody } from "@/lib/admin/actions/award-bodies";
import type { AwardBodyEntry } from "@/lib/award-bodies";
import { localeDirection } from "@/lib/locales";
import { AWARD_BODY_NAME_MAX, AWARD_BODY_SLUG_MAX } from "@/lib/validations/award-body";
import { FieldError, FormMessage } from "./form-message";
import { useHydrated } from "./use-hydrated";

type Props = { entry: AwardBodyEntry | null; languages: Record<Locale, string> };

/** Adds an awarding body (entry null) or renames one, with its name in every locale. */
export function AwardBodyForm({ entry, languages }: Props) {
  const t = useTranslations("Admin.awardBodies");
  const [state, action, pending] = useActionState(saveAwardBody, null);
  const ready = useHydrated();
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const prefix = entry ? `body-${entry.slug}` : "new-body";
  const invalid = (field: string) =>
    state?.fieldErrors?.[field] ? { "aria-invalid": true as const, "aria-describedby": `${prefix}-${field}-error` } : {};
  const legend = entry ? `${entry.names.en ?? entry.slug} (${entry.slug})` : t("add");

  return (
    <form action={action} className="admin-form list-entry" key={!entry && state?.ok ? "reset" : "keep"} data-ready={ready ? "" : undefined}>
      <fieldset>
        <legend>{legend}</legend>
        {entry ? (
          <input type="hidden" name="slug" value={entry.slug} />
        ) : (
          <div className="field">
            <label htmlFor={`${prefix}-slug`}>{t("slug")}</label>
            <input
              id={`${prefix}-slug`}
              name="slug"
              dir="ltr"
              required
              maxLength={AWARD_BODY_SLUG_MAX}
              defaultValue={values.slug}
              {...invalid("slug")}
            />
            <FieldError state={state} field="slug" id={`${prefix}-slug-error`} />
            <input type="hidden" name="isNew" value="1" />
          </div>
        )}
        <div className="list-entry__names">
          {(Object.keys(languages) as Locale[]).map((locale) => {
            const field = `name_${locale}`;
            return (
              <div className="field" key={locale}>
                <label htmlFor={`${prefix}-${field}`}>{t("nameIn", { language: languages[locale] })}</label>
                <input
                  id={`${prefix}-${field}`}
                  name={field}
                  lang={locale}
                  dir={localeDirection(locale)}
                  maxLength={AWARD_BODY_NAME_MAX}
                  required={locale === "en"}
                  defaultValue={values[field] ?? entry?.names[locale] ?? ""}
                  {...invalid(field)}
                />
                <FieldError state={state} field={field} id={`${prefix}-${field}-error`} />
              </div>
            );
          })}
        </div>
        <FormMessage state={state} />
        <button type="submit" className="button button--primary" disabled={pending}>
          {entry ? t("save", { name: entry.names.en ?? entry.slug }) : t("addButton")}
        </button>
      </fieldset>
    </form>
  );
}

/** Merges one body into another (a duplicate, a renamed festival): one form for the whole list, so its answer stays in view. */
export function MergeAwardBodyForm({ bodies }: { bodies: AwardBodyEntry[] }) {
  const t = useTranslations("Admin.awardBodies");
  const [state, action, pending] = useActionState(mergeAwardBody, null);
  const options = bodies.map((body) => (
    <option key={body.slug} value={body.slug}>
      {body.names.en ?? body.slug} ({body.slug})
    </option>
  ));
  return (
    <form
      action={action}
      className="admin-form inline-form"
      onSubmit={(event) => {
        if (!window.confirm(t("mergeConfirm"))) event.preventDefault();
      }}
    >
      <h2>{t("mergeTitle")}</h2>
      <label htmlFor="merge-from">{t("mergeFrom")}</label>
      <select id="merge-from" name="from" required defaultValue="">
        <option value="" disabled>
          {t("choose")}
        </option>
        {options}
      </select>
      <label htmlFor="merge-into">{t("mergeInto")}</label>
      <select id="merge-into" name="into" required defaultValue="">
        <option value="" disabled>
          {t("choose")}
        </option>
        {options}
      </select>
      <button type="submit" className="button" disabled={pending}>
        {t("merge")}
      </button>
      <FieldError state={state} field="into" id="merge-into-error" />
      <FormMessage state={state} />
    </form>
  );
}
