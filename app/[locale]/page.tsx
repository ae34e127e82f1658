import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { SiteFrame } from "@/components/layout/site-frame";
import { ReviewCard } from "@/components/review/review-card";
import { listReviews } from "@/lib/reviews";
import { alternatesFor } from "@/lib/site";

// Statically served; regenerated at most 30 seconds after a scheduled
// translation's time passes, so it appears without anyone acting.
export const revalidate = 30;

export async function generateMetadata({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { alternates: alternatesFor("/", locale, routing.locales) };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale: param } = await params;
  if (!hasLocale(routing.locales, param)) notFound();
  const locale = param as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Home" });
  const reviews = await listReviews(locale);

  return (
    <SiteFrame locale={locale} path="/">
      <h1 className="page-title">{t("heading")}</h1>
      {reviews.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="review-list">
          {reviews.map((review) => (
            <li key={review.slug}>
              <ReviewCard review={review} locale={locale} />
            </li>
          ))}
        </ol>
      )}
    </SiteFrame>
  );
}
