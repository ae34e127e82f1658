import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { sourceChangesSince } from "@/lib/editorial/source-changes";
import type { TranslationWorkspace } from "@/lib/editorial/workspace";
import { DiffText } from "./diff-text";

type Props = { uiLocale: Locale; workspace: TranslationWorkspace; target: Locale; language: string };

/**
 * For an outdated translation: the source paragraphs that changed since the
 * version it was made from, field by field, so the translator redoes those
 * and nothing else.
 */
export async function SourceChanges({ uiLocale, workspace, target, language }: Props) {
  const translation = workspace.texts[target];
  const source = workspace.texts[workspace.sourceLocale];
  if (translation?.state !== "outdated" || translation.sourceVersion === null || !source) return null;
  const t = await getTranslations({ locale: uiLocale, namespace: "Admin.translation" });
  const format = await getFormatter({ locale: uiLocale });
  const changes = await sourceChangesSince(workspace.filmId, workspace.sourceLocale, translation.sourceVersion, source);
  const from = translation.sourceVersion;
  return (
    <section className="source-changes" aria-labelledby="source-changes-heading">
      <h2 id="source-changes-heading">{t("sourceChanges.heading", { language })}</h2>
      {!changes ? (
        <p>{t("sourceChanges.unknown", { language, from })}</p>
      ) : (
        <>
          <p>{t("sourceChanges.intro", { language, from, to: source.textVersion, date: format.dateTime(changes.since, { dateStyle: "medium" }) })}</p>
          {changes.fields.length === 0 && <p>{t("sourceChanges.none", { language })}</p>}
          {changes.fields.map(({ field, paragraphs }) => (
            <div key={field} className="source-changes__field">
              <h3>{t(`fields.${field}`)}</h3>
              <ol className="source-changes__paragraphs">
                {paragraphs.map((paragraph, index) => (
                  <li key={index} className={`source-changes__${paragraph.kind}`}>
                    <span className="source-changes__kind">{t(`sourceChanges.${paragraph.kind}`)}</span>
                    <DiffText
                      parts={paragraph.parts}
                      lang={workspace.sourceLocale}
                      addedLabel={t("sourceChanges.added")}
                      removedLabel={t("sourceChanges.removed")}
                    />
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
