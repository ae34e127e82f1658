import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { AdminFrame } from "@/components/admin/admin-frame";
import { ListEntryForm, MergeEntriesForm } from "@/components/admin/managed-list-forms";
import type { Editor } from "@/lib/auth/session";
import { locales } from "@/lib/locales";
import { listEntries, type ListKind } from "@/lib/managed-lists";
import { LIST_MESSAGES } from "@/lib/validations/list-entry";

/** A list editors pick from, named in every locale: admins add, rename, translate and merge its entries. */
export async function ManagedListPage({ kind, locale, me }: { kind: ListKind; locale: Locale; me: Editor }) {
  const t = await getTranslations({ locale, namespace: `Admin.${LIST_MESSAGES[kind]}` });
  const entries = await listEntries(kind);
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  const languages = Object.fromEntries(locales.map((l) => [l, languageName.of(l) ?? l])) as Record<Locale, string>;

  return (
    <AdminFrame locale={locale} path={`/admin/${kind}`} editor={me}>
      <h1 className="page-title">{t("title")}</h1>
      <p>{t("intro")}</p>
      <ListEntryForm kind={kind} entry={null} languages={languages} />
      <MergeEntriesForm kind={kind} entries={entries} />
      <h2>{t("listTitle", { count: entries.length })}</h2>
      <ul className="list-entries">
        {entries.map((entry) => (
          <li key={entry.slug}>
            <ListEntryForm kind={kind} entry={entry} languages={languages} />
          </li>
        ))}
      </ul>
    </AdminFrame>
  );
}
