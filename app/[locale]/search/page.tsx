import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFrame } from "@/components/layout/site-frame";
import { Pagination } from "@/components/listing/pagination";
import { ReviewList } from "@/components/listing/review-list";
import { textLangProps } from "@/components/review/text-lang";
import { SearchForm } from "@/components/search/search-form";
import { Snippet } from "@/components/search/snippet";
import { formatNumber } from "@/lib/format";
import { pageLocales } from "@/lib/listings";
import { parsePageSegments } from "@/lib/pages";
import { localeParam } from "@/lib/route-params";
import { MAX_QUERY_CHARS, parseQuery } from "@/lib/search/query";
import { searchReviews } from "@/lib/search/search";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = PageProps<"/[locale]/search">;

// Per request: the results depend on the query string.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: "Search" });
  return pageMetadata({
    locale,
    path: "/search",
    published: await pageLocales({ kind: "search" }),
    title: t("title"),
    description: t("description"),
    // Result pages are endless and change with every review: not for indexes.
    noindex: true,
  });
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Search" });
  const search = await searchParams;
  const query = parseQuery(search.q);
  // A page number someone typed wrong is page one, not an error.
  const page = parsePageSegments(typeof search.page === "string" ? ["page", search.page] : undefined) ?? 1;
  const found = query ? await searchReviews(query, locale, page) : null;
  const href = (n: number) => `/search?q=${encodeURIComponent(query?.text ?? "")}${n > 1 ? `&page=${n}` : ""}`;

  return (
    <SiteFrame locale={locale} path={query ? href(page) : "/search"} search={false}>
      <h1 className="page-title">{t("heading")}</h1>
      <SearchForm locale={locale} query={query?.text} id="search-page-q" />
      {query?.truncated && <p className="notice">{t("truncated", { max: formatNumber(MAX_QUERY_CHARS, locale) })}</p>}
      {query && found && (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading" aria-live="polite">
            {found.total === 0
              ? t("noResults", { query: query.text })
              : t("resultCount", { count: found.total, formatted: formatNumber(found.total, locale), query: query.text })}
          </h2>
          {found.total === 0 && <p>{t("noResultsHint")}</p>}
          {found.results.length > 0 && (
            <ReviewList
              locale={locale}
              headingLevel={3}
              reviews={found.results}
              extra={(result) => (result.snippet ? <Snippet text={result.snippet} {...textLangProps(result.textLocale, locale)} /> : null)}
            />
          )}
          <Pagination locale={locale} page={page} pages={found.pages} pathOf={href} />
        </section>
      )}
    </SiteFrame>
  );
}
