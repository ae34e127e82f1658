"use client";

import { useTranslations } from "next-intl";
import {
  SEO_DESCRIPTION_ADVICE,
  SEO_DESCRIPTION_MAX,
  SEO_TITLE_ADVICE,
  SEO_TITLE_MAX,
  type TextField,
} from "@/lib/validations/translation";
import type { FieldProblem } from "./field";
import { TextFieldEditor } from "./text-field-editor";

type Props = {
  fields: Record<TextField, string>;
  onChange: (field: TextField, value: string) => void;
  lang: string;
  errorOf: (field: string) => FieldProblem | undefined;
};

/**
 * The optional title and description for search engines and link previews,
 * with a running character count against what search engines usually show.
 */
export function SeoFields({ fields, onChange, lang, errorOf }: Props) {
  const t = useTranslations("Admin.translation");
  const hint = (field: "seoTitle" | "seoDescription", advice: number) =>
    `${t("seoHint", { max: advice })} ${t("seoCount", { count: Array.from(fields[field]).length, max: advice })}`;
  return (
    <fieldset className="seo-fields">
      <legend>{t("seoLegend")}</legend>
      <TextFieldEditor
        id="seoTitle"
        label={t("fields.seoTitle")}
        hint={hint("seoTitle", SEO_TITLE_ADVICE)}
        value={fields.seoTitle}
        onChange={onChange}
        lang={lang}
        maxLength={SEO_TITLE_MAX}
        error={errorOf("seoTitle")}
        single
      />
      <TextFieldEditor
        id="seoDescription"
        label={t("fields.seoDescription")}
        hint={hint("seoDescription", SEO_DESCRIPTION_ADVICE)}
        value={fields.seoDescription}
        onChange={onChange}
        lang={lang}
        maxLength={SEO_DESCRIPTION_MAX}
        error={errorOf("seoDescription")}
        rows={3}
      />
    </fieldset>
  );
}
