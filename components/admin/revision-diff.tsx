import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { DiffText } from "./diff-text";
import { diffSnapshots, getRevisionSnapshot } from "@/lib/editorial/revisions";

type Props = { locale: Locale; a: string; b: string };

/** Word-level differences between two revisions of the same thing, oldest first. */
export async function RevisionDiff({ locale, a, b }: Props) {
  const t = await getTranslations({ locale, namespace: "Admin.history" });
  const tFields = await getTranslations({ locale, namespace: "Admin.translation.fields" });
  // Every field by its name in the editor's language: a translation's text
  // fields as the editor labels them, everything else from the history's list.
  const fieldName = (field: string) =>
    tFields.has(field as "title")
      ? tFields(field as "title")
      : t.has(`fields.${field}` as "fields.slug")
        ? t(`fields.${field}` as "fields.slug")
        : field;
  const [first, second] = await Promise.all([getRevisionSnapshot(a), getRevisionSnapshot(b)]);
  if (!first || !second) return null;
  if (first.filmId !== second.filmId || first.kind !== second.kind || first.locale !== second.locale) {
    return <p className="notice">{t("differentKinds")}</p>;
  }
  const [older, newer] = first.version <= second.version ? [first, second] : [second, first];
  const changes = diffSnapshots(older.fields, newer.fields);
  return (
    <section className="revision-diff" aria-labelledby="diff-heading">
      <h2 id="diff-heading">{t("diffTitle", { a: older.version, b: newer.version })}</h2>
      {changes.length === 0 && <p>{t("noChanges")}</p>}
      {changes.map((change) => (
        <div key={change.field} className="revision-diff__field">
          <h3>{fieldName(change.field)}</h3>
          <DiffText parts={change.parts} lang={older.locale ?? undefined} addedLabel={t("added")} removedLabel={t("removed")} />
        </div>
      ))}
    </section>
  );
}
