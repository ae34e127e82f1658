import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { AdminFrame } from "@/components/admin/admin-frame";
import { StateChip } from "@/components/admin/state-chip";
import { SourceChanges } from "@/components/admin/source-changes";
import { TranslationEditor } from "@/components/admin/translation-editor";
import { canTranslate } from "@/lib/access/can-edit";
import { requireAccount } from "@/lib/auth/session";
import { getFilmLabels } from "@/lib/editorial/labels";
import { getTranslationWorkspace } from "@/lib/editorial/workspace";
import { isLocale, locales } from "@/lib/locales";
import { parseSlugParam } from "@/lib/validations/slug";

type Props = PageProps<"/[locale]/admin/films/[slug]/translations/[target]">;

export const metadata: Metadata = { robots: { index: false } };

export default async function TranslationPage({ params, searchParams }: Props) {
  const { locale: uiParam, slug: slugParam, target } = await params;
  const uiLocale = uiParam as Locale;
  setRequestLocale(uiLocale);
  const path = `/admin/films/${slugParam}/translations/${target}`;
  const editor = await requireAccount(uiLocale, localePath(uiLocale, path));
  const slug = parseSlugParam(slugParam);
  const workspace = slug && isLocale(target) ? await getTranslationWorkspace(slug) : null;
  if (!workspace || !isLocale(target)) notFound();

  const requestedRef = (await searchParams).ref;
  const reference: Locale =
    isLocale(requestedRef) && requestedRef !== target
      ? requestedRef
      : workspace.sourceLocale !== target
        ? workspace.sourceLocale
        : (locales.find((l) => l !== target) ?? target);
  const t = await getTranslations({ locale: uiLocale, namespace: "Admin.translation" });
  const labels = await getFilmLabels(workspace.slug, target);
  const languageName = new Intl.DisplayNames([uiLocale], { type: "language" });
  const languages = Object.fromEntries(locales.map((l) => [l, languageName.of(l) ?? l])) as Record<Locale, string>;
  const title = workspace.texts[workspace.sourceLocale]?.title ?? workspace.originalTitle;

  return (
    <AdminFrame locale={uiLocale} path={path} editor={editor}>
      <h1 className="page-title">{t("title", { title })}</h1>
      <form method="get" className="locale-picker" aria-label={t("switchLocales")}>
        <ul className="chips" aria-label={t("editing")}>
          {locales.map((l) => (
            <li key={l}>
              <a
                href={`${localePath(uiLocale, `/admin/films/${workspace.slug}/translations/${l}`)}?ref=${reference === l ? target : reference}`}
                aria-current={l === target ? "page" : undefined}
              >
                <StateChip locale={uiLocale} target={l} state={workspace.texts[l]?.state ?? "missing"} />
              </a>
            </li>
          ))}
        </ul>
        <label htmlFor="ref">{t("reference")}</label>
        <select id="ref" name="ref" defaultValue={reference}>
          {locales
            .filter((l) => l !== target)
            .map((l) => (
              <option key={l} value={l} lang={l}>
                {languages[l]}
              </option>
            ))}
        </select>
        <button type="submit" className="button">
          {t("show")}
        </button>
      </form>
      {workspace.texts[target]?.state === "outdated" && <p className="notice">{t("outdated")}</p>}
      {!workspace.texts[reference] && <p className="notice">{t("noReference", { language: languages[reference] })}</p>}
      <SourceChanges uiLocale={uiLocale} workspace={workspace} target={target} language={languages[workspace.sourceLocale]} />
      {!canTranslate(editor, target) ? (
        <p className="notice">{t("notYours", { languages: editor.translatorLocales.map((l) => languages[l as Locale] ?? l).join(", ") })}</p>
      ) : (
        <TranslationEditor
          key={target}
          uiLocale={uiLocale}
          slug={workspace.slug}
          target={target}
          reference={reference}
          sourceLocale={workspace.sourceLocale}
          languages={languages}
          texts={workspace.texts}
          labels={labels}
        />
      )}
    </AdminFrame>
  );
}
