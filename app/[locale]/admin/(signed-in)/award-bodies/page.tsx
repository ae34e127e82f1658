import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { ManagedListPage } from "@/components/admin/managed-list-page";
import { requireAdmin } from "@/lib/auth/session";

type Props = PageProps<"/[locale]/admin/award-bodies">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Admin.awardBodies" });
  return { title: `${t("title")} — Marquee`, robots: { index: false } };
}

/** The awarding bodies editors pick a film's awards from. */
export default async function AwardBodiesPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const me = await requireAdmin(locale, `/${locale}/admin/award-bodies`);
  return <ManagedListPage kind="award-bodies" locale={locale} me={me} />;
}
