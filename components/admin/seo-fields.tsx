"use client";

import { useTranslations } from "next-intl";
import { SEO_DESCRIPTION_ADVICE, SEO_DESCRIPTION_MAX, SEO_TITLE_ADVICE, SEO_TITLE_MAX, type TextField } from "@/lib/validations/translation";
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
const SEO_FIELDS = [
  { id: "seoTitle", advice: SEO_TITLE_ADVICE, max: SEO_TITLE_MAX, single: true },
  { id: "seoDescription", advice: SEO_DESCRIPTION_ADVICE, max: SEO_DESCRIPTION_MAX, rows: 3 },
] as const;

export function SeoFields({ fields, onChange, lang, errorOf }: Props) {
  const t = useTranslations("Admin.translation");
  return (
    <fieldset className="seo-fields">
      <legend>{t("seoLegend")}</legend>
      {SEO_FIELDS.map(({ id, advice, max, ...shape }) => (
        <TextFieldEditor
          key={id}
          id={id}
          label={t(`fields.${id}`)}
          hint={`${t("seoHint", { max: advice })} ${t("seoCount", { count: Array.from(fields[id]).length, max: advice })}`}
          value={fields[id]}
          onChange={onChange}
          lang={lang}
          maxLength={max}
          error={errorOf(id)}
          {...shape}
        />
      ))}
    </fieldset>
  );
}
