import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { AdminFrame } from "@/components/admin/admin-frame";
import { FactsEditor } from "@/components/admin/facts-editor";
import { codeOptions } from "@/lib/iso-codes";
import { PosterForm } from "@/components/admin/poster-form";
import { requireEditor } from "@/lib/auth/session";
import { getFilmFormValues } from "@/lib/editorial/facts";
import { awardListOptions, listOptions } from "@/lib/managed-lists";
import { parseSlugParam } from "@/lib/validations/slug";

export const metadata: Metadata = { robots: { index: false } };

export default async function FilmFactsPage({ params }: PageProps<"/[locale]/admin/films/[slug]/facts">) {
  const { locale: param, slug: slugParam } = await params;
  const locale = param as Locale;
  setRequestLocale(locale);
  const editor = await requireEditor(locale, localePath(locale, `/admin/films/${slugParam}/facts`));
  const slug = parseSlugParam(slugParam);
  const film = slug ? await getFilmFormValues(slug) : null;
  if (!slug || !film) notFound();
  const t = await getTranslations({ locale, namespace: "Admin.facts" });
  const tPoster = await getTranslations({ locale, namespace: "Admin.poster" });
  return (
    <AdminFrame locale={locale} path={`/admin/films/${slug}/facts`} editor={editor}>
      <h1 className="page-title">{t("editTitle", { title: film.values.originalTitle ?? slug })}</h1>
      <p>{t("intro")}</p>
      <FactsEditor
        uiLocale={locale}
        initial={film.values}
        initialGenres={film.genres}
        genres={await listOptions("genres", locale)}
        languages={codeOptions("language", locale)}
        countries={codeOptions("region", locale)}
        awardLists={await awardListOptions(locale)}
        existingSlug={slug}
      />
      <section aria-labelledby="poster-heading">
        <h2 id="poster-heading">{tPoster("title")}</h2>
        {film.values.posterPath ? (
          <Image src={film.values.posterPath} alt={tPoster("current")} width={160} height={240} className="poster-thumb" />
        ) : (
          <p>{tPoster("none")}</p>
        )}
        <PosterForm slug={slug} />
      </section>
    </AdminFrame>
  );
}
