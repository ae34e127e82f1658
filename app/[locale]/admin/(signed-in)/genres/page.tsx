import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { ManagedListPage } from "@/components/admin/managed-list-page";
import { requireAdmin } from "@/lib/auth/session";

type Props = PageProps<"/[locale]/admin/genres">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Admin.genres" });
  return { title: `${t("title")} — Marquee`, robots: { index: false } };
}

/** The genres editors file a film under, and readers browse by. */
export default async function GenresPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const me = await requireAdmin(locale, `/${locale}/admin/genres`);
  return <ManagedListPage kind="genres" locale={locale} me={me} />;
}
