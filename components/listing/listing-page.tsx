import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { SiteFrame } from "@/components/layout/site-frame";
import { genreTag, listingTag, tagOfListing } from "@/lib/cache-tags";
import { getListingPage } from "@/lib/listings";
import { tagPage } from "@/lib/page-tags";
import { formatNumber } from "@/lib/format";
import { localePath } from "@/i18n/paths";
import { PAGE_SIZE, pathOf, type ListingRef } from "@/lib/pages";
import { reviewSummaries, type ReviewSummary } from "@/lib/reviews";
import { itemListJsonLd } from "@/lib/seo/item-list-json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { jsonLdScript } from "@/lib/seo/review-json-ld";
import { siteUrl } from "@/lib/site";
import { Pagination } from "./pagination";
import { ReviewList } from "./review-list";

type Props = {
  locale: Locale;
  listing: ListingRef;
  heading: ReactNode;
  /** Shown between the heading and the list, e.g. a person's credited name. */
  lead?: ReactNode;
  extra?: (review: ReviewSummary) => ReactNode;
};

/** Any paged list of reviews (home, a genre, a decade or year, a person), or a 404 for a page that does not exist. */
export async function ListingPage({ locale, listing, heading, lead, extra }: Props) {
  // Refreshed when the listing's membership or order changes (a cached 404 included), or a film on it changes.
  await tagPage([tagOfListing(listing)]);
  const page = await getListingPage(listing);
  if (!page) notFound();
  await tagPage(page.films.map((f) => listingTag.film(f.slug)));
  const t = await getTranslations({ locale, namespace: "Listing" });
  const reviews = await reviewSummaries(
    page.films.map((f) => f.slug),
    locale,
  );
  // The cards name their genres: renaming one in the admin's list refreshes the pages showing it.
  await tagPage([...new Set(reviews.flatMap((r) => r.genres.map((g) => genreTag(g.slug))))]);
  return (
    <SiteFrame locale={locale} path={pathOf(listing)} translated={page.locales}>
      <h1 className="page-title">{heading}</h1>
      {lead}
      {reviews.length === 0 ? <p>{t("empty")}</p> : <ReviewList locale={locale} reviews={reviews} extra={extra} />}
      {reviews.length > 0 && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{
            __html: jsonLdScript(
              itemListJsonLd(
                reviews.map((r) => ({ url: new URL(localePath(locale, `/reviews/${r.slug}`), siteUrl()).toString(), name: r.title })),
                (page.page - 1) * PAGE_SIZE + 1,
              ),
            ),
          }}
        />
      )}
      <Pagination locale={locale} page={page.page} pages={page.pages} pathOf={(n) => pathOf({ ...listing, page: n })} />
    </SiteFrame>
  );
}

/**
 * Metadata of a listing page; "page 2" is added to the title beyond the first
 * page. `firstPageTitle` replaces the usual "{title} — Marquee" on page one.
 */
export async function listingMetadata(
  locale: Locale,
  listing: ListingRef,
  title: string,
  description: string,
  firstPageTitle?: string,
): Promise<Metadata> {
  const page = await getListingPage(listing);
  if (!page) return {};
  const t = await getTranslations({ locale, namespace: "Listing" });
  const pageTitle = listing.page > 1 ? t("titleWithPage", { title, page: formatNumber(listing.page, locale) }) : title;
  return pageMetadata({
    locale,
    path: pathOf(listing),
    published: page.locales,
    title: listing.page === 1 && firstPageTitle ? firstPageTitle : t("siteTitle", { title: pageTitle }),
    description,
  });
}
