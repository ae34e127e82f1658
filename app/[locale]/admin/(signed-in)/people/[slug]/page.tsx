import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { AdminFrame } from "@/components/admin/admin-frame";
import { PersonLinksForm } from "@/components/admin/person-links-form";
import { LocaleLink } from "@/components/locale-link";
import { requireEditor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parseSlugParam } from "@/lib/validations/slug";

export const metadata: Metadata = { robots: { index: false } };

/** One person: their names, and their pages elsewhere for search engines. */
export default async function PersonAdminPage({ params }: PageProps<"/[locale]/admin/people/[slug]">) {
  const { locale: param, slug: slugParam } = await params;
  const locale = param as Locale;
  setRequestLocale(locale);
  const editor = await requireEditor(locale, localePath(locale, `/admin/people/${slugParam}`));
  const slug = parseSlugParam(slugParam);
  const person = slug
    ? await db.person.findUnique({
        where: { slug },
        select: { slug: true, name: true, wikidataId: true, imdbId: true, translations: { select: { locale: true, name: true } } },
      })
    : null;
  if (!person) notFound();
  const t = await getTranslations({ locale, namespace: "Admin.peopleList" });

  return (
    <AdminFrame locale={locale} path="/admin/people" editor={editor}>
      <h1 className="page-title">
        <bdi>{person.name}</bdi>
      </h1>
      {person.translations.length > 0 && <p>{t("otherNames", { names: person.translations.map((n) => `${n.name} (${n.locale})`).join(", ") })}</p>}
      <p>
        <LocaleLink locale={locale} href={`/people/${person.slug}`}>
          {t("publicPage")}
        </LocaleLink>
      </p>
      <PersonLinksForm slug={person.slug} wikidataId={person.wikidataId ?? ""} imdbId={person.imdbId ?? ""} />
    </AdminFrame>
  );
}
