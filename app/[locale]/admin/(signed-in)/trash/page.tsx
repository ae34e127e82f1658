import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { ActionButton } from "@/components/admin/action-button";
import { AdminFrame } from "@/components/admin/admin-frame";
import { canManageAccounts } from "@/lib/access/can-manage-accounts";
import { emptyTrash, restoreFromTrash } from "@/lib/admin/actions/trash";
import { requireEditor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { LocalTime } from "@/components/admin/local-time";

export const metadata: Metadata = { robots: { index: false } };

export default async function TrashPage({ params }: PageProps<"/[locale]/admin/trash">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const editor = await requireEditor(locale, localePath(locale, "/admin/trash"));
  const t = await getTranslations({ locale, namespace: "Admin.trash" });
  const films = await db.film.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: "desc" },
    select: { slug: true, originalTitle: true, year: true, deletedAt: true },
  });

  return (
    <AdminFrame locale={locale} path="/admin/trash" editor={editor}>
      <h1 className="page-title">{t("title")}</h1>
      <p>{t("intro")}</p>
      {films.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="admin-table">
          <tbody>
            {films.map((film) => (
              <tr key={film.slug}>
                <th scope="row">
                  {film.originalTitle} ({film.year})
                </th>
                <td>
                  {t("deletedAt")}: <LocalTime date={film.deletedAt!} locale={locale} />
                </td>
                <td>
                  <ActionButton
                    action={restoreFromTrash}
                    fields={{ slug: film.slug, uiLocale: locale }}
                    label="trash.restore"
                    accessibleName={t("restoreLabel", { title: film.originalTitle })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManageAccounts(editor) ? (
        films.length > 0 && (
          <ActionButton action={emptyTrash} fields={{ uiLocale: locale }} label="trash.emptyTrash" confirm="trash.emptyConfirm" danger />
        )
      ) : (
        <p className="muted">{t("adminOnly")}</p>
      )}
    </AdminFrame>
  );
}
