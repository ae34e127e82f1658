"use client";

import { useActionState, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { saveTranslation, type SaveTranslationResult, type TheirVersion } from "@/lib/admin/actions/translations";
import type { FilmLabels } from "@/lib/editorial/labels";
import type { EditableText } from "@/lib/editorial/workspace";
import { TEXT_FIELDS, fieldLimits, translationSchema, type TextField } from "@/lib/validations/translation";
import { ConflictMerge } from "./conflict-merge";
import { FormMessage } from "./form-message";
import { LabelFields } from "./label-fields";
import { browserTimeZone } from "./local-time";
import { PublishingFields } from "./publishing-fields";
import { SeoFields } from "./seo-fields";
import { TextPreview } from "./text-preview";
import { TranslationFields } from "./translation-fields";
import { useDraftStore } from "./use-draft-store";
import { useHydrated } from "./use-hydrated";
import { useLeaveGuard } from "./use-leave-guard";
import { useSchemaCheck } from "./use-schema-check";

type Props = {
  uiLocale: Locale;
  slug: string;
  target: Locale;
  reference: Locale;
  sourceLocale: Locale;
  languages: Record<Locale, string>;
  texts: Record<Locale, EditableText | null>;
  labels: FilmLabels | null;
};

type Fields = Record<TextField, string>;
/** Everything the editor can change before saving: what the browser keeps while they type. */
type Work = { fields: Fields; status: string; publishAt: string; version: number };

const pickText = (text: EditableText | null): Fields => Object.fromEntries(TEXT_FIELDS.map((field) => [field, text?.[field] ?? ""])) as Fields;
const sameText = (a: Fields, b: Fields) => TEXT_FIELDS.every((field) => a[field] === b[field]);

/** The editable side of the translation editor: one locale's text beside the reference, its status and schedule, a live preview. */
export function TranslationEditor({ uiLocale, slug, target, reference, sourceLocale, languages, texts, labels }: Props) {
  const t = useTranslations("Admin.translation");
  const format = useFormatter();
  const initial = texts[target];
  const [fields, setFields] = useState(() => pickText(initial));
  const [status, setStatus] = useState(initial?.status ?? "draft");
  // The stored UTC instant (ISO) or ""; shown and entered in the editor's zone (PublishingFields).
  const [publishAt, setPublishAt] = useState(initial?.publishAt ?? "");
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [dirty, setDirtyState] = useState(false);
  const dirtyRef = useRef(false);
  const setDirty = (value: boolean) => {
    dirtyRef.current = value;
    setDirtyState(value);
  };
  const releaseGuard = useLeaveGuard(dirtyRef, t("leaveConfirm"));
  const draft = useDraftStore<Work>(`marquee:translation:${slug}:${target}`, (kept) => sameText(kept.fields, pickText(initial)));
  const work = (change: Partial<Work>) => {
    draft.keep({ fields, status, publishAt, version, ...change });
    setDirty(true);
  };
  const [copySource, setCopySource] = useState<Locale | "">("");
  const router = useRouter();
  // A successful save moves the form to the new version; a refused one leaves
  // every field exactly as the editor typed it.
  const [state, action, pending] = useActionState(async (previous: SaveTranslationResult | null, form: FormData) => {
    const result = await saveTranslation(previous, form);
    if (result.ok && result.version) {
      setVersion(result.version);
      setDirty(false);
      draft.clear();
      releaseGuard();
      // The save answers before the page around the form is rendered again
      // (lib/editorial/answer-first.ts): status, history and the other
      // languages' states catch up here, after "Saved." is shown.
      router.refresh();
    }
    return result;
  }, null);

  const update = (field: TextField, value: string) => {
    const next = { ...fields, [field]: value };
    setFields(next);
    work({ fields: next });
  };
  const copyFrom = () => {
    if (!copySource) return;
    const source = texts[copySource];
    if (!source || !window.confirm(t("copyConfirm", { language: languages[copySource] }))) return;
    setFields(pickText(source));
    work({ fields: pickText(source) });
  };
  const restoreDraft = () => {
    if (!draft.found) return;
    const kept = draft.found.value;
    setFields(kept.fields);
    setStatus(kept.status);
    setPublishAt(kept.publishAt);
    // The version the kept text started from: if someone saved since, the
    // save is refused as a conflict instead of overwriting their work.
    setVersion(kept.version);
    setDirty(true);
    draft.dismiss();
  };
  // A refused save merged field by field: the form now stands on their version.
  const tConflict = useTranslations("Admin.conflict");
  const tFields = useTranslations("Admin.translation.fields");
  const [mergedOnto, setMergedOnto] = useState<number | null>(null);
  const applyMerge = (merged: Fields, theirs: TheirVersion) => {
    setFields(merged);
    setVersion(theirs.version);
    setMergedOnto(theirs.version);
    work({ fields: merged, version: theirs.version });
  };
  const [localErrors, checkBeforeSending] = useSchemaCheck(translationSchema, fieldLimits);
  const ready = useHydrated();
  const errorOf = (field: string) => localErrors?.[field] ?? state?.fieldErrors?.[field];
  const others = (Object.keys(languages) as Locale[]).filter((l) => l !== target);
  const outdated = initial?.state === "outdated";

  return (
    <form action={action} className="translation-editor" lang={uiLocale} onSubmit={checkBeforeSending} data-ready={ready ? "" : undefined}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={target} />
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <input type="hidden" name="version" value={version} />
      {/* So a conflict names the other save's time in the editor's own zone. */}
      <input type="hidden" name="timeZone" value={ready ? browserTimeZone() : "UTC"} />
      {/* The source text this form showed: what a text saved here was made from. */}
      <input type="hidden" name="sourceVersion" value={texts[sourceLocale]?.textVersion ?? ""} />

      {draft.found && (
        <div className="notice draft-recovery" role="alert">
          <p>{t("recovered", { time: format.dateTime(new Date(draft.found.savedAt), { dateStyle: "medium", timeStyle: "short" }) })}</p>
          <div className="editor-actions">
            <button type="button" className="button button--primary" onClick={restoreDraft}>
              {t("recoverRestore")}
            </button>
            <button type="button" className="button" onClick={draft.clear}>
              {t("recoverDiscard")}
            </button>
          </div>
        </div>
      )}

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

      <TranslationFields
        fields={fields}
        onChange={update}
        target={target}
        reference={{ locale: reference, language: languages[reference], text: texts[reference] }}
        errorOf={errorOf}
      />
      <SeoFields fields={fields} onChange={update} lang={target} errorOf={errorOf} />

      {labels && <LabelFields target={target} labels={labels} state={state} onChange={() => work({})} />}

      <PublishingFields
        status={status}
        onStatus={(value) => {
          setStatus(value);
          work({ status: value });
        }}
        publishAt={publishAt}
        onPublishAt={(value) => {
          setPublishAt(value);
          work({ publishAt: value });
        }}
        error={errorOf("publishAt")}
        reviewAgainst={outdated ? languages[sourceLocale] : undefined}
      />

      <div className="editor-actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
        <span className="muted">{t("version", { version })}</span>
        {dirty && <span className="muted">{t("unsaved")}</span>}
      </div>
      {/* "Saved." speaks of the text as it was sent; once it changes again that is no longer true. */}
      <FormMessage state={dirty && state?.ok ? null : mergedOnto === state?.theirs?.version ? null : state} />
      {state?.theirs && mergedOnto !== state.theirs.version && (
        <ConflictMerge
          fields={TEXT_FIELDS}
          label={(field) => tFields(field)}
          base={pickText(initial)}
          mine={fields}
          theirs={{ values: state.theirs.fields, version: state.theirs.version }}
          target={target}
          onResolve={(merged) => applyMerge(merged as Fields, state.theirs!)}
        />
      )}
      {mergedOnto !== null && mergedOnto === state?.theirs?.version && (
        <p role="status" className="form-message">
          {tConflict("applied", { version: mergedOnto })}
        </p>
      )}

      <section className="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t("preview")}</h2>
        <TextPreview locale={target} fields={fields} />
      </section>
    </form>
  );
}
