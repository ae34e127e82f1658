import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { AccountActions } from "@/components/admin/account-actions";
import { AccountHistory } from "@/components/admin/account-history";
import { AdminFrame } from "@/components/admin/admin-frame";
import { CreateAccountForm } from "@/components/admin/create-account-form";
import { translatorLocalesOf } from "@/lib/access/can-edit";
import { ROLES, type Role } from "@/lib/access/roles";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { recentAccountEvents } from "@/lib/editorial/account-events";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/accounts">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Admin.accounts" });
  return { title: `${t("title")} — Marquee`, robots: { index: false } };
}

export default async function AccountsPage({ params }: PageProps<"/[locale]/admin/accounts">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const me = await requireAdmin(locale, `/${locale}/admin/accounts`);
  const t = await getTranslations({ locale, namespace: "Admin.accounts" });
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  const users = await db.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, role: true, banned: true, translatorLocales: true },
  });

  return (
    <AdminFrame locale={locale} path="/admin/accounts" editor={me}>
      <h1 className="page-title">{t("title")}</h1>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("email")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.name}
                {user.id === me.id && <span className="muted"> ({t("self")})</span>}
              </th>
              <td dir="ltr">{user.email}</td>
              <td>
                {t(`roles.${(ROLES as readonly string[]).includes(user.role) ? (user.role as Role) : "editor"}`)}
                {user.role === "translator" &&
                  ` (${translatorLocalesOf(user)
                    .map((l) => languageName.of(l))
                    .join(", ")})`}
              </td>
              <td>
                <span className={user.banned ? "chip chip--draft" : "chip chip--published"}>{user.banned ? t("disabled") : t("active")}</span>
              </td>
              <td>
                <AccountActions userId={user.id} email={user.email} disabled={user.banned} isSelf={user.id === me.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CreateAccountForm />
      <AccountHistory locale={locale} events={await recentAccountEvents()} />
    </AdminFrame>
  );
}
