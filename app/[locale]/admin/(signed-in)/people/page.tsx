import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { AdminFrame } from "@/components/admin/admin-frame";
import { LocaleLink } from "@/components/locale-link";
import { requireEditor } from "@/lib/auth/session";
import { PEOPLE_QUERY_MAX, searchPeople } from "@/lib/editorial/people-search";

export const metadata: Metadata = { robots: { index: false } };

const MATCHES = 30;

/** Find a person by any of their names, to keep their pages elsewhere (Wikidata, IMDb). */
export default async function PeoplePage({ params, searchParams }: PageProps<"/[locale]/admin/people">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const editor = await requireEditor(locale, localePath(locale, "/admin/people"));
  const t = await getTranslations({ locale, namespace: "Admin.peopleList" });
  const q = (await searchParams).q;
  const query = (typeof q === "string" ? q : "").slice(0, PEOPLE_QUERY_MAX);
  const people = await searchPeople(query, MATCHES);

  return (
    <AdminFrame locale={locale} path="/admin/people" editor={editor} forms={false}>
      <h1 className="page-title">{t("title")}</h1>
      <p>{t("intro")}</p>
      <form role="search" method="get" className="admin-form inline-form">
        <label htmlFor="people-q">{t("search")}</label>
        <input id="people-q" name="q" type="search" defaultValue={query} maxLength={PEOPLE_QUERY_MAX} dir="auto" />
        <button type="submit" className="button">
          {t("searchButton")}
        </button>
      </form>
      {query && (
        <>
          <h2>{t("results", { count: people.length, query })}</h2>
          <ul className="list-entries">
            {people.map((person) => (
              <li key={person.slug}>
                <LocaleLink locale={locale} href={`/admin/people/${person.slug}`}>
                  <bdi>{person.name}</bdi>
                </LocaleLink>
                {person.names.length > 0 && <span className="muted"> ({person.names.join(", ")})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </AdminFrame>
  );
}
