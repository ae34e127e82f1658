import { getTranslations } from "next-intl/server";
import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";
import { formatNumber } from "@/lib/format";

type Props = {
  locale: Locale;
  page: number;
  pages: number;
  /** The path of page n, without the locale prefix. */
  pathOf: (page: number) => string;
};

/**
 * Previous/next links for a paged list. The <link rel="prev|next"> elements
 * are hoisted into <head> by React; the visible links carry the same rel.
 */
export async function Pagination({ locale, page, pages, pathOf }: Props) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: "Listing" });
  const prev = page > 1 ? localePath(locale, pathOf(page - 1)) : null;
  const next = page < pages ? localePath(locale, pathOf(page + 1)) : null;
  return (
    <nav className="pagination" aria-label={t("pagination")}>
      {prev && <link rel="prev" href={prev} />}
      {next && <link rel="next" href={next} />}
      {prev && (
        <a rel="prev" href={prev} className="pagination__link">
          {t("previousPage")}
        </a>
      )}
      <span className="pagination__status" aria-current="page">
        {t("pageOf", { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}
      </span>
      {next && (
        <a rel="next" href={next} className="pagination__link">
          {t("nextPage")}
        </a>
      )}
    </nav>
  );
}
