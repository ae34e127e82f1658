import { setRequestLocale } from "next-intl/server";
import { IndexPage, indexMetadata } from "@/components/listing/index-page";
import { periodTitle } from "@/components/listing/period-title";
import { LocaleLink } from "@/components/locale-link";
import { listingTag } from "@/lib/cache-tags";
import { reviewedYears } from "@/lib/listings";
import { tagPage } from "@/lib/page-tags";
import { formatNumber } from "@/lib/format";
import { decadeOf, periodKey, periodsOf } from "@/lib/pages";
import { localeParam } from "@/lib/route-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/years">) {
  return indexMetadata(localeParam((await params).locale), "years");
}

export default async function YearsPage({ params }: PageProps<"/[locale]/years">) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  await tagPage([listingTag.yearIndex]);
  const periods = periodsOf(await reviewedYears());
  const decades = await Promise.all(
    periods
      .filter((p) => "decade" in p)
      .map(async (decade) => ({
        key: periodKey(decade),
        title: await periodTitle(locale, decade),
        years: periods.filter((p): p is { year: number } => "year" in p && decadeOf(p.year) === decade.decade),
      })),
  );
  return (
    <IndexPage locale={locale} kind="years">
      <ul className="term-list term-list--periods">
        {decades.map((decade) => (
          <li key={decade.key}>
            <LocaleLink locale={locale} href={`/years/${decade.key}`}>
              {decade.title}
            </LocaleLink>
            <ul className="term-list__years">
              {decade.years.map(({ year }) => (
                <li key={year}>
                  <LocaleLink locale={locale} href={`/years/${year}`}>
                    {formatNumber(year, locale)}
                  </LocaleLink>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </IndexPage>
  );
}
