"use client";

import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { Markdown } from "@/components/review/markdown";
import { localeDirection } from "@/lib/locales";
import type { TextField } from "@/lib/validations/translation";

type Props = { locale: Locale; fields: Record<TextField, string> };

/**
 * The review text as readers will see it, rendered by the reader page's own
 * Markdown component and sanitizer. Works on the server (the reference
 * column) and in the browser (the live preview).
 */
export function TextPreview({ locale, fields }: Props) {
  const t = useTranslations("Admin.translation");
  const lang = { lang: locale, dir: localeDirection(locale) };
  const sections = (["synopsis", "commentary", "musicNotes"] as const).filter((field) => fields[field]);
  return (
    <div className="review review--preview">
      <p className="review__title" {...lang}>
        {fields.title || t("empty")}
      </p>
      {fields.excerpt && (
        <p className="muted" {...lang}>
          {fields.excerpt}
        </p>
      )}
      {fields.contentWarning && (
        <div className="content-warning">
          <p {...lang}>{fields.contentWarning}</p>
        </div>
      )}
      {sections.map((field) => (
        <div key={field} className="review__section">
          <p className="review__section-label">{t(`fields.${field}`)}</p>
          <div {...lang}>
            <Markdown locale={locale} spoilerLabel={t("showSpoilers")}>
              {fields[field]}
            </Markdown>
          </div>
        </div>
      ))}
    </div>
  );
}
