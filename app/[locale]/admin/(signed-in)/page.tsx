import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { AdminFrame } from "@/components/admin/admin-frame";
import { LocaleLink } from "@/components/locale-link";
import { ReviewListFilters } from "@/components/admin/review-list-filters";
import { StateChip } from "@/components/admin/state-chip";
import { Pagination } from "@/components/admin/pagination";
import { redirect } from "next/navigation";
import { localePath } from "@/i18n/paths";
import { canEdit } from "@/lib/access/can-edit";
import { requireAccount } from "@/lib/auth/session";
import { listFilmsForEditors, parseListFilters } from "@/lib/editorial/review-list";
import { formatDate, formatNumber } from "@/lib/format";
import { locales } from "@/lib/locales";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Admin.reviews" });
  return { title: `${t("title")} — Marquee`, robots: { index: false } };
}

export default async function AdminReviewsPage({ params, searchParams }: PageProps<"/[locale]/admin">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const editor = await requireAccount(locale, `/${locale}/admin`);
  const query = await searchParams;
  // A translator lands on the work waiting in their first language; the whole list stays one link away.
  const [firstLocale] = editor.translatorLocales;
  if (!canEdit(editor) && firstLocale && query.view !== "all") redirect(localePath(locale, `/admin/queue/${firstLocale}`));
  const filters = parseListFilters(query);
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  const t = await getTranslations({ locale, namespace: "Admin.reviews" });
  const tFacts = await getTranslations({ locale, namespace: "Admin.facts" });
  const tQueue = await getTranslations({ locale, namespace: "Admin.queue" });
  const list = await listFilmsForEditors(locale, filters);

  return (
    <AdminFrame locale={locale} path="/admin" editor={editor} forms={false}>
      <h1 className="page-title">{t("title")}</h1>
      {canEdit(editor) && (
        <p>
          <LocaleLink locale={locale} href="/admin/films/new" className="button button--primary">
            {tFacts("new")}
          </LocaleLink>
        </p>
      )}
      <nav aria-label={tQueue("links")} className="queue-links">
        <ul className="chips">
          {locales.map((l) => (
            <li key={l}>
              <LocaleLink locale={locale} href={`/admin/queue/${l}`}>
                {tQueue("title", { language: languageName.of(l) ?? l })}
              </LocaleLink>
            </li>
          ))}
        </ul>
      </nav>
      <ReviewListFilters locale={locale} filters={filters} />
      {list.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("film")}</th>
              <th scope="col">{t("year")}</th>
              <th scope="col">{t("updated")}</th>
              <th scope="col">{t("statuses")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.slug}>
                <th scope="row">
                  <LocaleLink locale={locale} href={`/admin/films/${row.slug}`}>
                    {row.title}
                  </LocaleLink>
                </th>
                <td>{formatNumber(row.year, locale)}</td>
                <td>
                  {formatDate(row.updatedAt, locale)}{" "}
                  <span className="muted">{row.updatedBy ? t("by", { name: row.updatedBy }) : `(${t("nobody")})`}</span>
                </td>
                <td>
                  <ul className="chips">
                    {locales.map((l) => (
                      <li key={l}>
                        <StateChip locale={locale} target={l} state={row.states[l]} />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination locale={locale} page={list.page} pages={list.pages} filters={filters} />
    </AdminFrame>
  );
}
