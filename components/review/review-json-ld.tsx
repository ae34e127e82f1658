import { getTranslations } from "next-intl/server";
import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";
import { formatNumber } from "@/lib/format";
import { plainText, truncate } from "@/lib/markdown/plain-text";
import type { Review } from "@/lib/reviews";
import { jsonLdScript, reviewJsonLd } from "@/lib/seo/review-json-ld";
import { siteUrl } from "@/lib/site";

/** The spoiler-free description used when an editor wrote none: the excerpt, else the synopsis. */
export function reviewDescription(text: { excerpt: string; synopsis: string }): string {
  return truncate(plainText(text.excerpt) || plainText(text.synopsis), 160);
}

/** The review's schema.org data, in the language of the text shown. */
export async function ReviewJsonLd({ review, locale }: { review: Review; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Review" });
  const absolute = (path: string) => new URL(path, siteUrl()).toString();
  const personUrl = (slug: string) => absolute(localePath(locale, `/people/${slug}`));
  const data = reviewJsonLd({
    url: absolute(localePath(review.textLocale, `/reviews/${review.slug}`)),
    locale: review.textLocale,
    title: review.text.title,
    originalTitle: review.originalTitle,
    year: review.year,
    runtimeMinutes: review.runtimeMinutes,
    description: review.text.seoDescription || reviewDescription(review.text),
    genres: review.genres.map((g) => g.name),
    imageUrl: absolute(review.posterPath ?? localePath(locale, `/reviews/${review.slug}/card.png`)),
    directors: review.directors.map((d) => ({ name: d.name, url: personUrl(d.slug) })),
    cast: review.cast.map((c) => ({ name: c.name, url: personUrl(c.slug), character: c.character })),
    ratingHalves: review.ratingHalves,
    awards: review.awards.map((a) => `${a.won ? t("won") : t("nominated")}: ${a.category}, ${a.body} ${formatNumber(a.year, locale)}`),
    trailer: review.trailer,
    sameAs: review.sameAs,
    createdAt: review.text.createdAt,
    publishedAt: review.text.publishedAt,
    criticName: review.criticName,
    publisher: { name: "Marquee", url: absolute(localePath(locale, "/")) },
  });
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />;
}
