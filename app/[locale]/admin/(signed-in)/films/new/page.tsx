import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { AdminFrame } from "@/components/admin/admin-frame";
import { FilmForm } from "@/components/admin/film-form";
import { codeOptions } from "@/lib/iso-codes";
import { requireEditor } from "@/lib/auth/session";
import { awardListOptions, listOptions } from "@/lib/managed-lists";

export const metadata: Metadata = { robots: { index: false } };

export default async function NewFilmPage({ params }: PageProps<"/[locale]/admin/films/new">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const editor = await requireEditor(locale, localePath(locale, "/admin/films/new"));
  const t = await getTranslations({ locale, namespace: "Admin.facts" });
  return (
    <AdminFrame locale={locale} path="/admin/films/new" editor={editor}>
      <h1 className="page-title">{t("newTitle")}</h1>
      <p>{t("intro")}</p>
      <FilmForm
        uiLocale={locale}
        initial={{ originalLang: "en", criticName: editor.name, version: "0" }}
        initialGenres={[]}
        genres={await listOptions("genres", locale)}
        languages={codeOptions("language", locale)}
        countries={codeOptions("region", locale)}
        awardLists={await awardListOptions(locale)}
      />
    </AdminFrame>
  );
}
