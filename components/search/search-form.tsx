import { getTranslations } from "next-intl/server";
import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";
import { MAX_QUERY_CHARS } from "@/lib/search/query";

type Props = { locale: Locale; query?: string; id: string; compact?: boolean };

/** A plain GET form, so searching works without JavaScript and results have an address. */
export async function SearchForm({ locale, query = "", id, compact }: Props) {
  const t = await getTranslations({ locale, namespace: "Search" });
  return (
    <form
      role="search"
      action={localePath(locale, "/search")}
      method="get"
      className={compact ? "search-form search-form--compact" : "search-form"}
      aria-label={t("landmark")}
    >
      <label htmlFor={id} className={compact ? "visually-hidden" : undefined}>
        {t("label")}
      </label>
      <input id={id} type="search" name="q" defaultValue={query} maxLength={MAX_QUERY_CHARS} enterKeyHint="search" />
      <button type="submit">{t("submit")}</button>
    </form>
  );
}
