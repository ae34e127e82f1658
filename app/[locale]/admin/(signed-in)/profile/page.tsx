import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { AdminFrame } from "@/components/admin/admin-frame";
import { ProfileNameForm, ProfilePasswordForm } from "@/components/admin/profile-forms";
import { requireAccount } from "@/lib/auth/session";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/profile">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Admin.profile" });
  return { title: `${t("title")} — Marquee`, robots: { index: false } };
}

/** Every signed-in account's own page: display name and password. The email and role are an admin's to change. */
export default async function ProfilePage({ params }: PageProps<"/[locale]/admin/profile">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const me = await requireAccount(locale, localePath(locale, "/admin/profile"));
  const t = await getTranslations({ locale, namespace: "Admin.profile" });
  return (
    <AdminFrame locale={locale} path="/admin/profile" editor={me}>
      <h1 className="page-title">{t("title")}</h1>
      <p>{t("intro", { email: me.email })}</p>
      <ProfileNameForm name={me.name} />
      <ProfilePasswordForm />
    </AdminFrame>
  );
}
