import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/i18n/routing";
import { formatDate, formatList, formatNumber, formatRating } from "@/lib/format";
import type { ReviewSummary } from "@/lib/reviews";
import { textLangProps } from "./text-lang";

type Props = {
  review: ReviewSummary;
  locale: Locale;
  /** h3 where the list sits under its own h2 (search results). */
  headingLevel?: 2 | 3;
  /** Shown at the end of the card: a search snippet, a person's roles. */
  children?: ReactNode;
};

/** One entry of a review list: title, year, director, genres and an excerpt. */
export async function ReviewCard({ review, locale, headingLevel = 2, children }: Props) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const t = await getTranslations({ locale, namespace: "Home" });
  const tReview = await getTranslations({ locale, namespace: "Review" });
  const textLang = textLangProps(review.textLocale, locale);
  const language = new Intl.DisplayNames([locale], { type: "language" }).of(review.textLocale);

  return (
    <article className="review-card">
      <Heading className="review-card__title">
        <LocaleLink locale={locale} href={`/reviews/${review.slug}`} {...textLang}>
          {review.title}
        </LocaleLink>{" "}
        <span className="review-card__year">({formatNumber(review.year, locale)})</span>
      </Heading>
      <p className="review-card__meta">
        {t("directedBy", { names: formatList(review.directors, locale) })}
        <span aria-hidden="true"> · </span>
        {formatList(
          review.genres.map((g) => g.name),
          locale,
        )}
        {review.ratingHalves && (
          <>
            <span aria-hidden="true"> · </span>
            <span className="review-card__rating">{tReview("ratingValue", { rating: formatRating(review.ratingHalves, locale) })}</span>
          </>
        )}
      </p>
      {review.isFallback && <p className="review-card__badge">{t("inLanguage", { language: language ?? "" })}</p>}
      <p className="review-card__excerpt" {...textLang}>
        {review.excerpt}
      </p>
      {review.publishedAt && <p className="review-card__date">{t("publishedOn", { date: formatDate(review.publishedAt, locale) })}</p>}
      {children}
    </article>
  );
}
