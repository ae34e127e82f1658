import { useLocale, useTranslations } from "next-intl";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/i18n/routing";
import { SiteFrame } from "@/components/layout/site-frame";

export default function LocalizedNotFound() {
  const t = useTranslations("NotFound");
  const locale = useLocale() as Locale;
  return (
    <SiteFrame locale={locale} path="/">
      <title>{t("metaTitle")}</title>
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
