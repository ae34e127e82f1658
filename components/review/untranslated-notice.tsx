import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

type Props = { locale: Locale; textLocale: Locale };

/** Says plainly that the reader is looking at another language's text. */
export async function UntranslatedNotice({ locale, textLocale }: Props) {
  const t = await getTranslations({ locale, namespace: "Review" });
  const language = new Intl.DisplayNames([locale], { type: "language" }).of(textLocale) ?? textLocale;
  return (
    <aside className="notice" role="note" aria-labelledby="untranslated-heading">
      <h2 id="untranslated-heading" className="notice__title">
        {t("notTranslatedTitle")}
      </h2>
      <p>{t("notTranslatedBody", { language })}</p>
    </aside>
  );
}
