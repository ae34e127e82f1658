import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import type { ReviewListFilters } from "@/lib/editorial/review-list";

type Props = { locale: Locale; page: number; pages: number; filters: ReviewListFilters; basePath?: string };

export async function Pagination({ locale, page, pages, filters, basePath = "/admin" }: Props) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: "Admin.reviews" });
  const href = (target: number) => {
    const query = new URLSearchParams();
    if (filters.q) query.set("q", filters.q);
    if (filters.status) query.set("status", filters.status);
    if (filters.locale) query.set("locale", filters.locale);
    query.set("page", String(target));
    return `${localePath(locale, basePath)}?${query}`;
  };
  return (
    <nav className="pagination" aria-label={t("pagination")}>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {t("previous")}
        </a>
      )}
      <span aria-current="page">{t("page", { page, pages })}</span>
      {page < pages && (
        <a href={href(page + 1)} rel="next">
          {t("next")}
        </a>
      )}
    </nav>
  );
}
