import { accountLabel } from "@/lib/access/identity";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { ActionButton } from "@/components/admin/action-button";
import { AdminFrame } from "@/components/admin/admin-frame";
import { canEdit, canTranslate } from "@/lib/access/can-edit";
import { restoreRevision } from "@/lib/admin/actions/revisions";
import { RevisionDiff } from "@/components/admin/revision-diff";
import { requireAccount } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listRevisions } from "@/lib/editorial/revisions";
import { LocalTime } from "@/components/admin/local-time";
import { parseSlugParam } from "@/lib/validations/slug";

export const metadata: Metadata = { robots: { index: false } };

/** Every saved version of a film's facts and texts: compare any two, restore any one. */
export default async function HistoryPage({ params, searchParams }: PageProps<"/[locale]/admin/films/[slug]/history">) {
  const { locale: param, slug: slugParam } = await params;
  const locale = param as Locale;
  setRequestLocale(locale);
  const editor = await requireAccount(locale, localePath(locale, `/admin/films/${slugParam}/history`));
  const slug = parseSlugParam(slugParam);
  const film = slug
    ? await db.film.findFirst({
        where: { slug, deletedAt: null },
        select: { originalTitle: true, version: true, translations: { select: { locale: true, version: true } } },
      })
    : null;
  if (!slug || !film) notFound();
  const revisions = await listRevisions(slug);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "Admin.history" });
  const names = new Intl.DisplayNames([locale], { type: "language" });
  const what = (kind: string, l: string | null) => (kind === "facts" ? t("facts") : t("translation", { language: names.of(l ?? "") ?? l ?? "" }));
  const currentVersion = (kind: string, l: string | null) =>
    kind === "facts" ? film.version : (film.translations.find((tr) => tr.locale === l)?.version ?? 0);
  const a = typeof query.a === "string" ? query.a : undefined;
  const b = typeof query.b === "string" ? query.b : undefined;

  return (
    <AdminFrame locale={locale} path={`/admin/films/${slug}/history`} editor={editor}>
      <h1 className="page-title">{t("title", { title: film.originalTitle })}</h1>
      {a && b && <RevisionDiff locale={locale} a={a} b={b} />}
      {revisions.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          {/* The compare form is not wrapped around the table: each row holds its own restore form. */}
          <form method="get" id="compare" />
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t("older")}</th>
                <th scope="col">{t("newer")}</th>
                <th scope="col">{t("what")}</th>
                <th scope="col">{t("version")}</th>
                <th scope="col">{t("author")}</th>
                <th scope="col">{t("when")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("restore")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => {
                const label = `${what(r.kind, r.locale)} ${r.version}`;
                return (
                  <tr key={r.id}>
                    <td>
                      <input type="radio" form="compare" name="a" value={r.id} defaultChecked={r.id === a} aria-label={`${t("older")}: ${label}`} />
                    </td>
                    <td>
                      <input type="radio" form="compare" name="b" value={r.id} defaultChecked={r.id === b} aria-label={`${t("newer")}: ${label}`} />
                    </td>
                    <th scope="row">{what(r.kind, r.locale)}</th>
                    <td>{r.version}</td>
                    <td>{r.author ? accountLabel(r.author) : t("unknownAuthor")}</td>
                    <td>
                      <LocalTime date={r.createdAt} locale={locale} />
                    </td>
                    <td>
                      {(r.kind === "facts" ? canEdit(editor) : canTranslate(editor, r.locale ?? "")) && (
                        <ActionButton
                          action={restoreRevision}
                          fields={{ revisionId: r.id, currentVersion: String(currentVersion(r.kind, r.locale)), uiLocale: locale }}
                          label="history.restore"
                          confirm="history.restoreConfirm"
                          accessibleName={t("restoreLabel", { version: r.version, what: what(r.kind, r.locale) })}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button type="submit" form="compare" className="button button--primary">
            {t("compare")}
          </button>
        </>
      )}
    </AdminFrame>
  );
}
