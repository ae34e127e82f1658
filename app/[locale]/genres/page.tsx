import { getTranslations, setRequestLocale } from "next-intl/server";
import { IndexPage, indexMetadata } from "@/components/listing/index-page";
import { LocaleLink } from "@/components/locale-link";
import { loadCatalog } from "@/lib/catalog";
import { formatNumber } from "@/lib/format";
import { genreNames } from "@/lib/people";
import { genresOf, listingFilms } from "@/lib/pages";
import { localeParam } from "@/lib/route-params";

export const revalidate = 30;

export async function generateMetadata({ params }: PageProps<"/[locale]/genres">) {
  return indexMetadata(localeParam((await params).locale), "genres");
}

export default async function GenresPage({ params }: PageProps<"/[locale]/genres">) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Listing" });
  const catalog = await loadCatalog();
  const names = await genreNames(locale);
  const collator = new Intl.Collator(locale);
  const genres = genresOf(catalog)
    .map((slug) => ({ slug, name: names.get(slug) ?? slug, count: listingFilms(catalog, { kind: "genre", slug, page: 1 }).length }))
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
