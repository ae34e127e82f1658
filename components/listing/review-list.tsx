import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import { ReviewCard } from "@/components/review/review-card";
import type { ReviewSummary } from "@/lib/reviews";

type Props = {
  locale: Locale;
  reviews: readonly ReviewSummary[];
  /** Extra lines under a card, e.g. a person's roles in that film. */
  extra?: (review: ReviewSummary) => ReactNode;
  headingLevel?: 2 | 3;
};

export function ReviewList({ locale, reviews, extra, headingLevel }: Props) {
  return (
    <ol className="review-list">
      {reviews.map((review) => (
        <li key={review.slug}>
          <ReviewCard review={review} locale={locale} headingLevel={headingLevel}>
            {extra?.(review)}
          </ReviewCard>
        </li>
      ))}
    </ol>
  );
}
