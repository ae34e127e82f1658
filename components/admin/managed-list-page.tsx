import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { AdminFrame } from "@/components/admin/admin-frame";
import { ListEntryForm, MergeEntriesForm } from "@/components/admin/managed-list-forms";
import { Link } from "@/i18n/navigation";
import type { Editor } from "@/lib/auth/session";
import { locales } from "@/lib/locales";
import { listEntries, type ListEntry, type ListKind } from "@/lib/managed-lists";
import { LIST_MESSAGES } from "@/lib/validations/list-entry";

type Props = {
  kind: ListKind;
  locale: Locale;
  me: Editor;
  /** A scoped list (a body's categories): its parent's slug and name, shown in the title. */
  scope?: { slug: string; name: string };
};

/** A list editors pick from, named in every locale: admins add, rename, translate and merge its entries. */
export async function ManagedListPage({ kind, locale, me, scope }: Props) {
  const t = await getTranslations({ locale, namespace: `Admin.${LIST_MESSAGES[kind]}` });
  const entries = await listEntries(kind, scope?.slug);
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  const languages = Object.fromEntries(locales.map((l) => [l, languageName.of(l) ?? l])) as Record<Locale, string>;
  // An awarding body's own list of categories is one page further down.
  const categoriesLink = (entry: ListEntry) =>
    kind === "award-bodies" && (
      <Link href={`/admin/award-bodies/${entry.slug}`} className="list-entries__link">
        {t("categories", { name: entry.names[locale] ?? entry.names.en ?? entry.slug })}
      </Link>
    );

  return (
    <AdminFrame locale={locale} path={scope ? "/admin/award-bodies" : `/admin/${kind}`} editor={me}>
      {scope && (
        <p>
          <Link href="/admin/award-bodies">{t("back")}</Link>
        </p>
      )}
      <h1 className="page-title">{scope ? t("title", { name: scope.name }) : t("title")}</h1>
      <p>{t("intro")}</p>
      <ListEntryForm kind={kind} scope={scope?.slug} entry={null} languages={languages} />
      <MergeEntriesForm kind={kind} scope={scope?.slug} entries={entries} />
      <h2>{t("listTitle", { count: entries.length })}</h2>
      <ul className="list-entries">
        {entries.map((entry) => (
          <li key={entry.slug}>
            <ListEntryForm kind={kind} scope={scope?.slug} entry={entry} languages={languages} />
            {categoriesLink(entry)}
          </li>
        ))}
      </ul>
    </AdminFrame>
  );
}
