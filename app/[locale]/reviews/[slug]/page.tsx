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
import { currentEditor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getReview, listReviewSlugs } from "@/lib/reviews";
import { alternatesFor } from "@/lib/site";
import { parseSlugParam } from "@/lib/validations/slug";

type Props = PageProps<"/[locale]/reviews/[slug]">;

// Statically served; regenerated at most 30 seconds after a scheduled
// translation's time passes, so it appears without anyone acting.
export const revalidate = 30;

export async function generateStaticParams() {
  return (await listReviewSlugs()).map((slug) => ({ slug }));
}

async function load(params: Props["params"]) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Draft mode shows unpublished text, and only to a signed-in editor.
  const preview = (await draftMode()).isEnabled && (await currentEditor()) !== null;
  const filmSlug = parseSlugParam(slug);
  const review = filmSlug && (await getReview(filmSlug, locale, preview));
  if (!review) notFound();
  return { locale: locale as Locale, review, preview };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, review } = await load(params);
  return {
    title: `${review.text.title} (${review.year}) — Marquee`,
    description: review.text.excerpt,
    alternates: alternatesFor(`/reviews/${review.slug}`, locale, review.publishedLocales),
  };
}

export default async function ReviewPage({ params }: Props) {
  const { locale, review, preview } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Review" });
  const { text } = review;
  const textLang = textLangProps(review.textLocale, locale);
  const langs = { locale, textLocale: review.textLocale };

  return (
    <SiteFrame locale={locale} path={`/reviews/${review.slug}`} translated={review.publishedLocales}>
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
          {text.publishedAt && (
            <p className="review__date">
              {t("publishedOn", { date: formatDate(text.publishedAt, locale) })}
            </p>
          )}
        </header>

        {review.isFallback && <UntranslatedNotice locale={locale} textLocale={review.textLocale} />}
        <FilmFacts review={review} locale={locale} />
        <CastList cast={review.cast} locale={locale} />
        {text.contentWarning && <ContentWarning text={text.contentWarning} locale={locale} {...textLang} />}

        <TextSection id="synopsis-heading" heading={t("synopsis")} markdown={text.synopsis} {...langs} />
        <TextSection id="commentary-heading" heading={t("commentary")} markdown={text.commentary} {...langs} />
        {text.musicNotes && (
          <TextSection id="music-heading" heading={t("music")} markdown={text.musicNotes} {...langs} />
        )}
        <AwardsList awards={review.awards} locale={locale} />
        {review.trailer && <Trailer trailer={review.trailer} locale={locale} />}
      </article>
    </SiteFrame>
  );
}
