import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { TRANSLATION_STATES } from "@/lib/editorial/status";
import type { ReviewListFilters as Filters } from "@/lib/editorial/review-list";
import { locales, nativeLanguageName } from "@/lib/locales";

type Props = { locale: Locale; filters: Filters };

/** A GET form, so filters live in the URL and work without JavaScript. */
export async function ReviewListFilters({ locale, filters }: Props) {
  const t = await getTranslations({ locale, namespace: "Admin" });
  return (
    <form className="filters" method="get" role="search" aria-label={t("reviews.filters")}>
      <div className="field">
        <label htmlFor="filter-q">{t("reviews.titleFilter")}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="filter-status">{t("reviews.status")}</label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("reviews.any")}</option>
          {TRANSLATION_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`states.${state}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-locale">{t("reviews.locale")}</label>
        <select id="filter-locale" name="locale" defaultValue={filters.locale ?? ""}>
          <option value="">{t("reviews.any")}</option>
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {nativeLanguageName(l)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          {t("reviews.apply")}
        </button>
        <a className="button" href={localePath(locale, "/admin")}>
          {t("reviews.clear")}
        </a>
      </div>
    </form>
  );
}
