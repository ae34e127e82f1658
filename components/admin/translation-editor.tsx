"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { saveTranslation, type SaveTranslationResult } from "@/lib/admin/actions/translations";
import type { FilmLabels } from "@/lib/editorial/labels";
import type { EditableText } from "@/lib/editorial/workspace";
import {
  EXCERPT_MAX,
  TEXT_FIELDS,
  TITLE_MAX,
  TRANSLATION_STATUSES,
  fieldLimits,
  translationSchema,
  type TextField,
} from "@/lib/validations/translation";
import { FormMessage } from "./form-message";
import { LabelFields } from "./label-fields";
import { SeoFields } from "./seo-fields";
import { TextFieldEditor } from "./text-field-editor";
import { TextPreview } from "./text-preview";
import { useHydrated } from "./use-hydrated";
import { useSchemaCheck } from "./use-schema-check";

type Props = {
  uiLocale: Locale;
  slug: string;
  target: Locale;
  languages: Record<Locale, string>;
  texts: Record<Locale, EditableText | null>;
  labels: FilmLabels | null;
};

const pickText = (text: EditableText | null): Record<TextField, string> =>
  Object.fromEntries(TEXT_FIELDS.map((field) => [field, text?.[field] ?? ""])) as Record<TextField, string>;

/** The editable side of the side-by-side editor: one locale's text, its status and schedule, with a live preview. */
export function TranslationEditor({ uiLocale, slug, target, languages, texts, labels }: Props) {
  const t = useTranslations("Admin.translation");
  const initial = texts[target];
  const [fields, setFields] = useState(() => pickText(initial));
  const [status, setStatus] = useState(initial?.status ?? "draft");
  const [publishAt, setPublishAt] = useState(initial?.publishAt.slice(0, 19) ?? "");
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [dirty, setDirtyState] = useState(false);
  // Read by the beforeunload listener at the moment of leaving, so a save that
  // just finished never triggers a stale "unsaved changes" prompt.
  const dirtyRef = useRef(false);
  const setDirty = (value: boolean) => {
    dirtyRef.current = value;
    setDirtyState(value);
  };
  const [copySource, setCopySource] = useState<Locale | "">("");
  // A successful save moves the form to the new version; a refused one leaves
  // every field exactly as the editor typed it.
  const [state, action, pending] = useActionState(async (previous: SaveTranslationResult | null, form: FormData) => {
    const result = await saveTranslation(previous, form);
    if (result.ok && result.version) {
      setVersion(result.version);
      setDirty(false);
    }
    return result;
  }, null);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const update = (field: TextField, value: string) => {
    setFields((current) => ({ ...current, [field]: value }));
    setDirty(true);
  };
  const copyFrom = () => {
    if (!copySource) return;
    const source = texts[copySource];
    if (!source || !window.confirm(t("copyConfirm", { language: languages[copySource] }))) return;
    setFields(pickText(source));
    setDirty(true);
  };
  const [localErrors, checkBeforeSending] = useSchemaCheck(translationSchema, fieldLimits);
  const ready = useHydrated();
  const errorOf = (field: string) => localErrors?.[field] ?? state?.fieldErrors?.[field];
  const others = (Object.keys(languages) as Locale[]).filter((l) => l !== target);

  return (
    <form
      action={action}
      className="translation-editor"
      lang={uiLocale}
      onChange={() => setDirty(true)}
      onSubmit={checkBeforeSending}
      data-ready={ready ? "" : undefined}
    >
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={target} />
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <input type="hidden" name="version" value={version} />

      <div className="copy-from">
        <label htmlFor="copy-source">{t("copyFrom")}</label>
        <select id="copy-source" value={copySource} onChange={(e) => setCopySource(e.target.value as Locale | "")}>
          <option value="">—</option>
          {others.map((l) => (
            <option key={l} value={l} disabled={!texts[l]} lang={l}>
              {languages[l]}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={copyFrom} disabled={!copySource}>
          {t("copy")}
        </button>
      </div>

      <TextFieldEditor
        id="title"
        label={t("fields.title")}
        value={fields.title}
        onChange={update}
        lang={target}
        maxLength={TITLE_MAX}
        error={errorOf("title")}
        single
      />
      <TextFieldEditor
        id="excerpt"
        label={t("fields.excerpt")}
        value={fields.excerpt}
        onChange={update}
        lang={target}
        maxLength={EXCERPT_MAX}
        error={errorOf("excerpt")}
        rows={3}
      />
      {(["synopsis", "commentary", "contentWarning", "musicNotes"] as const).map((field) => (
        <TextFieldEditor
          key={field}
          id={field}
          label={t(`fields.${field}`)}
          hint={field === "commentary" ? `${t("markdownHint")} ${t("spoilerHint")}` : t("markdownHint")}
          value={fields[field]}
          onChange={update}
          lang={target}
          error={errorOf(field)}
          rows={field === "commentary" || field === "synopsis" ? 10 : 3}
        />
      ))}

      <TextFieldEditor
        id="posterAlt"
        label={t("fields.posterAlt")}
        value={fields.posterAlt}
        onChange={update}
        lang={target}
        maxLength={TITLE_MAX}
        error={errorOf("posterAlt")}
        single
      />
      <SeoFields fields={fields} onChange={update} lang={target} errorOf={errorOf} />

      {labels && <LabelFields target={target} labels={labels} state={state} />}

      <fieldset className="publishing">
        <legend>{t("status")}</legend>
        <div className="field">
          <label htmlFor="status">{t("status")}</label>
          <select id="status" name="status" value={status} onChange={(e) => setStatus(e.target.value)}>
            {TRANSLATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="publishAt">{t("publishAt")}</label>
          <input
            id="publishAt"
            name="publishAt"
            type="datetime-local"
            step={1}
            value={publishAt}
            onChange={(e) => setPublishAt(e.target.value)}
            aria-describedby="publishAt-hint"
            aria-invalid={errorOf("publishAt") ? true : undefined}
          />
          <p id="publishAt-hint" className="hint">
            {t("publishAtHint")}
          </p>
        </div>
      </fieldset>

      <div className="editor-actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
        <span className="muted">{t("version", { version })}</span>
        {dirty && <span className="muted">{t("unsaved")}</span>}
      </div>
      {/* "Saved." speaks of the text as it was sent; once it changes again that is no longer true. */}
      <FormMessage state={dirty && state?.ok ? null : state} />

      <section className="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t("preview")}</h2>
        <TextPreview locale={target} fields={fields} />
      </section>
    </form>
  );
}
