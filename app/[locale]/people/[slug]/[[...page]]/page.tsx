import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListingPage, listingMetadata } from "@/components/listing/listing-page";
import { PersonRoles } from "@/components/listing/person-roles";
import { awardBodyTag, tagOfListing } from "@/lib/cache-tags";
import { getListingPage } from "@/lib/listings";
import { tagPage } from "@/lib/page-tags";
import type { ListingRef } from "@/lib/pages";
import { getPerson, personRoles } from "@/lib/people";
import { personJsonLd } from "@/lib/seo/item-list-json-ld";
import { jsonLdScript } from "@/lib/seo/review-json-ld";
import { siteUrl } from "@/lib/site";
import { localePath } from "@/i18n/paths";
import { localeParam, pageParam, redirectPageOne, slugParam } from "@/lib/route-params";

type Props = PageProps<"/[locale]/people/[slug]/[[...page]]">;

export function generateStaticParams() {
  return [];
}

async function read(params: Props["params"]) {
  const { locale: rawLocale, slug, page: segments } = await params;
  const locale = localeParam(rawLocale);
  const listing = { kind: "person", slug: slugParam(slug), page: pageParam(segments) } satisfies ListingRef;
  await tagPage([tagOfListing(listing)]);
  const person = (await getPerson(listing.slug, locale)) ?? notFound();
  return { locale, listing, person, segments };
}

export async function generateMetadata({ params }: Props) {
  const { locale, listing, person } = await read(params);
  const t = await getTranslations({ locale, namespace: "Listing" });
  return listingMetadata(locale, listing, person.name, t("personDescription", { name: person.name }));
}

export default async function PersonPage({ params }: Props) {
  const { locale, listing, person, segments } = await read(params);
  redirectPageOne(locale, segments, `/people/${listing.slug}`);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Listing" });
  const films = (await getListingPage(listing))?.films ?? [];
  const { roles, awardBodies } = await personRoles(
    listing.slug,
    films.map((f) => f.slug),
    locale,
  );
  await tagPage(awardBodies.map(awardBodyTag));
  return (
    <ListingPage
      locale={locale}
      listing={listing}
      heading={person.name}
      lead={
        <>
          {person.credited !== person.name && (
            <p className="page-lead">{t.rich("creditedAs", { name: person.credited, bdi: (chunks) => <bdi>{chunks}</bdi> })}</p>
          )}
          <script
            type="application/ld+json"
            dangerouslySetInnerHTML={{
              __html: jsonLdScript(personJsonLd({ ...person, url: new URL(localePath(locale, `/people/${person.slug}`), siteUrl()).toString() })),
            }}
          />
        </>
      }
      extra={(review) => <PersonRoles locale={locale} roles={roles.get(review.slug) ?? []} />}
    />
  );
}
