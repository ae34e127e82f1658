import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListingPage, listingMetadata } from "@/components/listing/listing-page";
import { tagOfListing } from "@/lib/cache-tags";
import { tagPage } from "@/lib/page-tags";
import { genreNames } from "@/lib/people";
import type { ListingRef } from "@/lib/pages";
import { localeParam, pageParam, redirectPageOne, slugParam } from "@/lib/route-params";

type Props = PageProps<"/[locale]/genres/[genre]/[[...page]]">;

export function generateStaticParams() {
  return [];
}

async function read(params: Props["params"]) {
  const { locale: rawLocale, genre, page: segments } = await params;
  const locale = localeParam(rawLocale);
  const listing = { kind: "genre", slug: slugParam(genre), page: pageParam(segments) } satisfies ListingRef;
  await tagPage([tagOfListing(listing)]);
  const name = (await genreNames(locale)).get(listing.slug)?.name ?? notFound();
  return { locale, listing, name, segments };
}

export async function generateMetadata({ params }: Props) {
  const { locale, listing, name } = await read(params);
  const t = await getTranslations({ locale, namespace: "Listing" });
  return listingMetadata(locale, listing, t("genreTitle", { genre: name }), t("genreDescription", { genre: name }));
}

export default async function GenrePage({ params }: Props) {
  const { locale, listing, name, segments } = await read(params);
  redirectPageOne(locale, segments, `/genres/${listing.slug}`);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Listing" });
  return <ListingPage locale={locale} listing={listing} heading={t("genreTitle", { genre: name })} />;
}
