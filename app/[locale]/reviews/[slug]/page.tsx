import type { Metadata } from "next";
import { draftMode } from "next/headers";
import Image from "next/image";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing, type Locale } from "@/i18n/routing";
import { SiteFrame } from "@/components/layout/site-frame";
import { AwardsList } from "@/components/review/awards-list";
import { CastList } from "@/components/review/cast-list";
import { ContentWarning } from "@/components/review/content-warning";
import { FilmFacts } from "@/components/review/film-facts";
import { textLangProps } from "@/components/review/text-lang";
import { TextSection } from "@/components/review/text-section";
import { Trailer } from "@/components/review/trailer";
import { UntranslatedNotice } from "@/components/review/untranslated-notice";
import { currentAccount } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { awardBodyTag, genreTag, listingTag } from "@/lib/cache-tags";
import { pageLocales } from "@/lib/listings";
import { tagPage } from "@/lib/page-tags";
import { getReview } from "@/lib/reviews";
import { ReviewJsonLd, reviewDescription } from "@/components/review/review-json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import { cardImage, reviewCard } from "@/lib/social-card/card-content";
import { localePath } from "@/i18n/paths";
import { parseSlugParam } from "@/lib/validations/slug";

type Props = PageProps<"/[locale]/reviews/[slug]">;

// Rendered on first request and cached until a save (or a scheduled
// translation coming due, lib/scheduler) revalidates the film's tag.
export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Draft mode shows unpublished text, and only to a signed-in editor.
  const preview = (await draftMode()).isEnabled && (await currentAccount()) !== null;
  const filmSlug = parseSlugParam(slug);
  // Tagged before anything can 404, so a cached "not found" goes too when the film is published.
  if (filmSlug) await tagPage([listingTag.film(filmSlug)]);
  const review = filmSlug && (await getReview(filmSlug, locale, preview));
  if (!review) notFound();
  // Renaming an awarding body or a genre in the admin's lists refreshes the reviews that name it.
  await tagPage([...review.awards.map((a) => awardBodyTag(a.bodySlug)), ...review.genres.map((g) => genreTag(g.slug))]);
  const published = await pageLocales({ kind: "review", slug: review.slug });
  return { locale: locale as Locale, review, preview, published };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, review, published } = await load(params);
  const t = await getTranslations({ locale, namespace: "Review" });
  const { text } = review;
  return pageMetadata({
    locale,
    path: `/reviews/${review.slug}`,
    published,
    title: text.seoTitle || t("metaTitle", { title: text.title, year: review.year }),
    description: text.seoDescription || reviewDescription(text),
    type: "article",
    image: review.posterPath
      ? { url: review.posterPath, alt: text.posterAlt || t("posterAlt", { title: text.title }) }
      : cardImage(localePath(locale, `/reviews/${review.slug}/card.png`), (await reviewCard(review)).alt),
  });
}

export default async function ReviewPage({ params }: Props) {
  const { locale, review, preview, published } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Review" });
  const { text } = review;
  const textLang = textLangProps(review.textLocale, locale);
  const langs = { locale, textLocale: review.textLocale };

  return (
    <SiteFrame locale={locale} path={`/reviews/${review.slug}`} translated={published}>
      <ReviewJsonLd review={review} locale={locale} />
      {preview && <p className="notice preview-banner">{t("previewBanner")}</p>}
      <article className="review">
        <header className="review__header">
          {review.posterPath && (
            <Image
              className="review__poster"
              src={review.posterPath}
              alt={text.posterAlt || t("posterAlt", { title: text.title })}
              width={240}
              height={360}
              sizes="(min-width: 40rem) 240px, 40vw"
              priority
            />
          )}
          <h1 className="review__title" {...textLang}>
            {text.title}
          </h1>
          {review.originalTitle !== text.title && (
            <p className="review__original">
              {t("originalTitle")}:{" "}
              <cite lang={review.originalLang} dir="auto">
                {review.originalTitle}
              </cite>
            </p>
          )}
          <p className="review__byline">
            {review.criticName && <span className="review__critic">{t("byline", { name: review.criticName })}</span>}
            {review.criticName && text.publishedAt && <span aria-hidden="true"> · </span>}
            {text.publishedAt && (
              <time dateTime={text.publishedAt.toISOString()}>{t("publishedOn", { date: formatDate(text.publishedAt, locale) })}</time>
            )}
          </p>
        </header>

        {review.isFallback && <UntranslatedNotice locale={locale} textLocale={review.textLocale} />}
        <FilmFacts review={review} locale={locale} />
        <CastList cast={review.cast} locale={locale} />
        {text.contentWarning && <ContentWarning text={text.contentWarning} locale={locale} {...textLang} />}

        <TextSection id="synopsis-heading" heading={t("synopsis")} markdown={text.synopsis} {...langs} />
        <TextSection id="commentary-heading" heading={t("commentary")} markdown={text.commentary} {...langs} />
        {text.musicNotes && <TextSection id="music-heading" heading={t("music")} markdown={text.musicNotes} {...langs} />}
        <AwardsList awards={review.awards} locale={locale} />
        {review.trailer && <Trailer trailer={review.trailer} locale={locale} />}
      </article>
    </SiteFrame>
  );
}
