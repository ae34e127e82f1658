"use client";

import { Fragment, useActionState } from "react";
import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { mergeAwardBody, mergeAwardCategory, mergeGenre, saveAwardBody, saveAwardCategory, saveGenre } from "@/lib/admin/actions/managed-lists";
import { localeDirection } from "@/lib/locales";
import type { ListEntry, ListKind } from "@/lib/managed-lists";
import { LIST_MESSAGES, LIST_NAME_MAX, LIST_SLUG_MAX } from "@/lib/validations/list-entry";
import { FieldError, FormMessage } from "./form-message";
import { useHydrated } from "./use-hydrated";
import { usePermalink } from "./use-permalink";

// One list's actions.
const lists = {
  "award-bodies": { save: saveAwardBody, merge: mergeAwardBody },
  "award-categories": { save: saveAwardCategory, merge: mergeAwardCategory },
  genres: { save: saveGenre, merge: mergeGenre },
} as const;

/** `scope`: the list an entry belongs to, for a scoped list (a body's categories: the body's slug). */
type Props = { kind: ListKind; scope?: string; entry: ListEntry | null; languages: Record<Locale, string> };

const ScopeField = ({ scope }: { scope?: string }) => (scope ? <input type="hidden" name="scope" value={scope} /> : null);

/** Adds an entry to a managed list (entry null) or renames one, with its name in every locale. */
export function ListEntryForm({ kind, scope, entry, languages }: Props) {
  const t = useTranslations(`Admin.${LIST_MESSAGES[kind]}`);
  const postback = usePermalink();
  const [state, action, pending] = useActionState(lists[kind].save, null, postback.permalink);
  const ready = useHydrated();
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const prefix = entry ? `${kind}-${entry.slug}` : `new-${kind}`;
  const invalid = (field: string) =>
    state?.fieldErrors?.[field] ? { "aria-invalid": true as const, "aria-describedby": `${prefix}-${field}-error` } : {};
  const legend = entry ? `${entry.names.en ?? entry.slug} (${entry.slug})` : t("add");

  return (
    <form
      id={postback.id}
      action={action}
      className="admin-form list-entry"
      key={!entry && state?.ok ? "reset" : "keep"}
      data-ready={ready ? "" : undefined}
    >
      <fieldset>
        <legend>{legend}</legend>
        <ScopeField scope={scope} />
        {entry ? (
          <input type="hidden" name="slug" value={entry.slug} />
        ) : (
          <div className="field">
            <label htmlFor={`${prefix}-slug`}>{t("slug")}</label>
            <input id={`${prefix}-slug`} name="slug" dir="ltr" required maxLength={LIST_SLUG_MAX} defaultValue={values.slug} {...invalid("slug")} />
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
                  maxLength={LIST_NAME_MAX}
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

/** Merges one entry into another (a duplicate, a renamed festival): one form for the whole list, so its answer stays in view. */
export function MergeEntriesForm({ kind, scope, entries }: { kind: ListKind; scope?: string; entries: ListEntry[] }) {
  const t = useTranslations(`Admin.${LIST_MESSAGES[kind]}`);
  const postback = usePermalink();
  const [state, action, pending] = useActionState(lists[kind].merge, null, postback.permalink);
  const options = entries.map((entry) => (
    <option key={entry.slug} value={entry.slug}>
      {entry.names.en ?? entry.slug} ({entry.slug})
    </option>
  ));
  return (
    <form
      id={postback.id}
      action={action}
      className="admin-form inline-form"
      onSubmit={(event) => {
        if (!window.confirm(t("mergeConfirm"))) event.preventDefault();
      }}
    >
      <h2>{t("mergeTitle")}</h2>
      <ScopeField scope={scope} />
      {(["from", "into"] as const).map((field) => (
        <Fragment key={field}>
          <label htmlFor={`merge-${field}`}>{t(field === "from" ? "mergeFrom" : "mergeInto")}</label>
          <select id={`merge-${field}`} name={field} required defaultValue="">
            <option value="" disabled>
              {t("choose")}
            </option>
            {options}
          </select>
        </Fragment>
      ))}
      <button type="submit" className="button" disabled={pending}>
        {t("merge")}
      </button>
      <FieldError state={state} field="into" id="merge-into-error" />
      <FormMessage state={state} />
    </form>
  );
}
