import { getTranslations, setRequestLocale } from "next-intl/server";
import { IndexPage, indexMetadata } from "@/components/listing/index-page";
import { LocaleLink } from "@/components/locale-link";
import { formatNumber } from "@/lib/format";
import { genreNames } from "@/lib/people";
import { genreCounts } from "@/lib/listings";
import { listingTag } from "@/lib/cache-tags";
import { tagPage } from "@/lib/page-tags";
import { localeParam } from "@/lib/route-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/genres">) {
  return indexMetadata(localeParam((await params).locale), "genres");
}

export default async function GenresPage({ params }: PageProps<"/[locale]/genres">) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Listing" });
  await tagPage([listingTag.genreIndex]);
  const [names, counts] = await Promise.all([genreNames(locale), genreCounts()]);
  const collator = new Intl.Collator(locale);
  const genres = [...names]
    .map(([slug, { id, name }]) => ({ slug, name, count: counts.get(id) ?? 0 }))
    .filter((genre) => genre.count > 0)
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <IndexPage locale={locale} kind="genres">
      <ul className="term-list">
        {genres.map((genre) => (
          <li key={genre.slug}>
            <LocaleLink locale={locale} href={`/genres/${genre.slug}`}>
              {genre.name}
            </LocaleLink>{" "}
            <span className="muted">{t("reviewCount", { count: genre.count, formatted: formatNumber(genre.count, locale) })}</span>
          </li>
        ))}
      </ul>
    </IndexPage>
  );
}
