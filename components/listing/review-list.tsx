import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import { ReviewCard } from "@/components/review/review-card";
import type { ReviewSummary } from "@/lib/reviews";

type Props<T extends ReviewSummary> = {
  locale: Locale;
  reviews: readonly T[];
  /** Extra lines at the end of a card, e.g. a person's roles in that film. */
  extra?: (review: T) => ReactNode;
  headingLevel?: 2 | 3;
};

export function ReviewList<T extends ReviewSummary>({ locale, reviews, extra, headingLevel }: Props<T>) {
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
