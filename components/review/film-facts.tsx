import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { countryName, formatList, formatNumber, formatRating, formatRuntime } from "@/lib/format";
import type { Review } from "@/lib/reviews";
import { LocaleLink } from "@/components/locale-link";
import { LinkedList, PeopleLinks } from "./people-links";

type Props = { review: Review; locale: Locale };

/** The language-neutral facts, labelled and formatted for the reader's locale. */
export async function FilmFacts({ review, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "Review" });
  const names = (people: { slug: string; name: string }[]) => <PeopleLinks people={people} locale={locale} />;
  const rows: [string, ReactNode][] = [
    [
      t("year"),
      <LocaleLink key="year" locale={locale} href={`/years/${review.year}`}>
        {formatNumber(review.year, locale)}
      </LocaleLink>,
    ],
    [
      t("countries", { count: review.countries.length }),
      formatList(
        review.countries.map((c) => countryName(c, locale)),
        locale,
      ),
    ],
    [
      t("genres", { count: review.genres.length }),
      <LinkedList key="genres" items={review.genres.map((g) => ({ href: `/genres/${g.slug}`, name: g.name }))} locale={locale} />,
    ],
    [t("directors", { count: review.directors.length }), names(review.directors)],
  ];
  if (review.writers.length) rows.push([t("writers", { count: review.writers.length }), names(review.writers)]);
  if (review.source) {
    rows.push([
      t("source"),
      t.rich("sourceWork", {
        kind: t("sourceKind", { kind: review.source.kind ?? "other" }),
        work: (chunks) => (
          <cite>
            <bdi>{chunks}</bdi>
          </cite>
        ),
        title: review.source.title,
        year: review.source.year ? formatNumber(review.source.year, locale) : "",
        authorNames: formatList(
          review.source.authors.map((a) => a.name),
          locale,
        ),
        authors: () => names(review.source!.authors),
      }),
    ]);
  }
  if (review.composers.length) rows.push([t("composers", { count: review.composers.length }), names(review.composers)]);
  rows.push([t("runtime"), formatRuntime(review.runtimeMinutes, locale)]);
  if (review.ratingHalves) {
    rows.push([t("rating"), t("ratingValue", { rating: formatRating(review.ratingHalves, locale) })]);
  }

  return (
    <section className="film-facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="visually-hidden">
        {t("facts")}
      </h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} className="film-facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
