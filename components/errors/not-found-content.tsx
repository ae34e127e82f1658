import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/i18n/routing";
import { SiteFrame } from "@/components/layout/site-frame";

/** The localized "page not found" page: the reader's header, a short explanation, a way home. */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <SiteFrame locale={locale} path="/">
      <div className="not-found">
        <h1 className="page-title">{t("heading")}</h1>
        <p>{t("body")}</p>
        <p>
          <LocaleLink locale={locale} href="/">
            {t("backHome")}
          </LocaleLink>
        </p>
      </div>
    </SiteFrame>
  );
}
