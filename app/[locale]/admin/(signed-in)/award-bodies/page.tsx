import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { AdminFrame } from "@/components/admin/admin-frame";
import { AwardBodyForm, MergeAwardBodyForm } from "@/components/admin/award-body-forms";
import { requireAdmin } from "@/lib/auth/session";
import { listAwardBodies } from "@/lib/award-bodies";
import { locales } from "@/lib/locales";

type Props = PageProps<"/[locale]/admin/award-bodies">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Admin.awardBodies" });
  return { title: `${t("title")} — Marquee`, robots: { index: false } };
}

/** The awarding bodies editors pick from, named in every locale: admins add, rename, translate and merge them. */
export default async function AwardBodiesPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const me = await requireAdmin(locale, `/${locale}/admin/award-bodies`);
  const t = await getTranslations({ locale, namespace: "Admin.awardBodies" });
  const bodies = await listAwardBodies();
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  const languages = Object.fromEntries(locales.map((l) => [l, languageName.of(l) ?? l])) as Record<Locale, string>;

  return (
    <AdminFrame locale={locale} path="/admin/award-bodies" editor={me}>
      <h1 className="page-title">{t("title")}</h1>
      <p>{t("intro")}</p>
      <AwardBodyForm entry={null} languages={languages} />
      <MergeAwardBodyForm bodies={bodies} />
      <h2>{t("listTitle", { count: bodies.length })}</h2>
      <ul className="list-entries">
        {bodies.map((entry) => (
          <li key={entry.slug}>
            <AwardBodyForm entry={entry} languages={languages} />
          </li>
        ))}
      </ul>
    </AdminFrame>
  );
}
