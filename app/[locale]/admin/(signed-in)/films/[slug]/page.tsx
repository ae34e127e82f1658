import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { ActionButton } from "@/components/admin/action-button";
import { canEdit, canTranslate } from "@/lib/access/can-edit";
import { AdminFrame } from "@/components/admin/admin-frame";
import { moveToTrash } from "@/lib/admin/actions/trash";
import { StateChip } from "@/components/admin/state-chip";
import { requireAccount } from "@/lib/auth/session";
import { getTranslationWorkspace } from "@/lib/editorial/workspace";
import { locales } from "@/lib/locales";
import { parseSlugParam } from "@/lib/validations/slug";

export const metadata: Metadata = { robots: { index: false } };

/** One film's hub: each translation's state, with links to edit and to preview it. */
export default async function FilmPage({ params }: PageProps<"/[locale]/admin/films/[slug]">) {
  const { locale: uiParam, slug: slugParam } = await params;
  const uiLocale = uiParam as Locale;
  setRequestLocale(uiLocale);
  const editor = await requireAccount(uiLocale, localePath(uiLocale, `/admin/films/${slugParam}`));
  const slug = parseSlugParam(slugParam);
  const workspace = slug ? await getTranslationWorkspace(slug) : null;
  if (!workspace) notFound();
  const t = await getTranslations({ locale: uiLocale, namespace: "Admin.film" });
  const tFacts = await getTranslations({ locale: uiLocale, namespace: "Admin.facts" });
  const tHistory = await getTranslations({ locale: uiLocale, namespace: "Admin.history" });
  const names = new Intl.DisplayNames([uiLocale], { type: "language" });
  const title = workspace.texts[workspace.sourceLocale]?.title ?? workspace.originalTitle;

  return (
    <AdminFrame locale={uiLocale} path={`/admin/films/${workspace.slug}`} editor={editor}>
      <h1 className="page-title">{title}</h1>
      <p>
        {canEdit(editor) && (
          <>
            <a className="button" href={localePath(uiLocale, `/admin/films/${workspace.slug}/facts`)}>
              {tFacts("editFacts")}
            </a>{" "}
          </>
        )}
        <a className="button" href={localePath(uiLocale, `/admin/films/${workspace.slug}/history`)}>
          {tHistory("link")}
        </a>
      </p>
      <h2>{t("translations")}</h2>
      <table className="admin-table">
        <tbody>
          {locales.map((l) => {
            const language = names.of(l) ?? l;
            return (
              <tr key={l}>
                <th scope="row">
                  <StateChip locale={uiLocale} target={l} state={workspace.texts[l]?.state ?? "missing"} />
                </th>
                <td>
                  {canTranslate(editor, l) && (
                    <a href={localePath(uiLocale, `/admin/films/${workspace.slug}/translations/${l}`)}>{t("translate", { language })}</a>
                  )}
                </td>
                <td>{workspace.texts[l] && <a href={`/api/preview?slug=${workspace.slug}&locale=${l}`}>{t("preview", { language })}</a>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {canEdit(editor) && (
        <ActionButton action={moveToTrash} fields={{ slug: workspace.slug, uiLocale }} label="trash.moveToTrash" confirm="trash.moveConfirm" danger />
      )}
    </AdminFrame>
  );
}
