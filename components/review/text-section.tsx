import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Markdown } from "./markdown";
import { textLangProps } from "./text-lang";

type Props = { id: string; heading: string; markdown: string; locale: Locale; textLocale: Locale };

/**
 * One titled part of the review text. The heading is in the reader's language;
 * the body carries its own `lang` when it is a fallback translation.
 */
export async function TextSection({ id, heading, markdown, locale, textLocale }: Props) {
  const t = await getTranslations({ locale, namespace: "Review" });
  return (
    <section aria-labelledby={id} {...textLangProps(textLocale, locale)}>
      <h2 id={id} {...textLangProps(locale, textLocale)}>
        {heading}
      </h2>
      <Markdown locale={locale} spoilerLabel={t("showSpoilers")}>
        {markdown}
      </Markdown>
    </section>
  );
}
