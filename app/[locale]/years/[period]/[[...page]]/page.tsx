import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListingPage, listingMetadata } from "@/components/listing/listing-page";
import { periodTitle } from "@/components/listing/period-title";
import { parsePeriod, periodKey, type ListingRef } from "@/lib/pages";
import { localeParam, pageParam, redirectPageOne } from "@/lib/route-params";

type Props = PageProps<"/[locale]/years/[period]/[[...page]]">;

export function generateStaticParams() {
  return [];
}

async function read(params: Props["params"]) {
  const { locale: rawLocale, period: raw, page: segments } = await params;
  const locale = localeParam(rawLocale);
  const period = parsePeriod(raw) ?? notFound();
  const listing = { kind: "period", period, page: pageParam(segments) } satisfies ListingRef;
  return { locale, listing, segments, title: await periodTitle(locale, period) };
}

export async function generateMetadata({ params }: Props) {
  const { locale, listing, title } = await read(params);
  const t = await getTranslations({ locale, namespace: "Listing" });
  return listingMetadata(locale, listing, title, t("periodDescription", { period: title }));
}

export default async function PeriodPage({ params }: Props) {
  const { locale, listing, segments, title } = await read(params);
  redirectPageOne(locale, segments, `/years/${periodKey(listing.period)}`);
  setRequestLocale(locale);
  return <ListingPage locale={locale} listing={listing} heading={title} />;
}
