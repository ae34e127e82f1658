"use client";

import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { Markdown } from "@/components/review/markdown";
import type { EditableText } from "@/lib/editorial/workspace";
import { localeDirection } from "@/lib/locales";
import { EXCERPT_MAX, TITLE_MAX, type TextField } from "@/lib/validations/translation";
import type { FieldProblem } from "./field";
import { TextFieldEditor } from "./text-field-editor";

type Props = {
  fields: Record<TextField, string>;
  onChange: (field: TextField, value: string) => void;
  target: Locale;
  reference: { locale: Locale; language: string; text: EditableText | null };
  errorOf: (field: string) => FieldProblem | undefined;
};

/** The review's text fields in reading order, with their shape in the editor. */
const FIELDS = [
  { id: "title", single: true, maxLength: TITLE_MAX },
  { id: "excerpt", rows: 3, maxLength: EXCERPT_MAX },
  { id: "synopsis", rows: 10, markdown: true },
  { id: "commentary", rows: 10, markdown: true },
  { id: "contentWarning", rows: 3, markdown: true },
  { id: "musicNotes", rows: 3, markdown: true },
  { id: "posterAlt", single: true, maxLength: TITLE_MAX },
] as const;

/**
 * Each field of the translation beside the same field in the reference
 * language, title beside title and synopsis beside synopsis, so a translator
 * never hunts for the paragraph they are translating. Markdown fields show
 * the reference as readers will read it.
 */
export function TranslationFields({ fields, onChange, target, reference, errorOf }: Props) {
  const t = useTranslations("Admin.translation");
  const referenceLang = { lang: reference.locale, dir: localeDirection(reference.locale) };
  return FIELDS.map((shape) => {
    const { id } = shape;
    const markdown = "markdown" in shape;
    const referenceText = reference.text?.[id] ?? "";
    return (
      <div key={id} className="aligned-field">
        <div className="aligned-field__reference" data-field={id}>
          <p className="hint">
            {t("referenceOf", { language: reference.language })} · {t(`fields.${id}`)}
          </p>
          {!referenceText ? (
            <p className="muted">{t("empty")}</p>
          ) : markdown ? (
            <div {...referenceLang}>
              <Markdown locale={reference.locale} spoilerLabel={t("showSpoilers")}>
                {referenceText}
              </Markdown>
            </div>
          ) : (
            <p {...referenceLang}>{referenceText}</p>
          )}
        </div>
        <TextFieldEditor
          id={id}
          label={t(`fields.${id}`)}
          hint={markdown ? `${t("markdownHint")}${id === "commentary" ? ` ${t("spoilerHint")}` : ""}` : undefined}
          value={fields[id]}
          onChange={onChange}
          lang={target}
          maxLength={"maxLength" in shape ? shape.maxLength : undefined}
          rows={"rows" in shape ? shape.rows : undefined}
          single={"single" in shape}
          error={errorOf(id)}
        />
      </div>
    );
  });
}
