import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { SignOutForm } from "./sign-out-form";
import { LocaleLink } from "@/components/locale-link";
import { SiteFrame } from "@/components/layout/site-frame";
import { canEdit } from "@/lib/access/can-edit";
import { canManageAccounts } from "@/lib/access/can-manage-accounts";
import type { Editor } from "@/lib/auth/session";

type Props = { locale: Locale; path: string; editor: Editor; forms?: boolean; children: ReactNode };

/**
 * The site frame plus the admin navigation and the signed-in editor's
 * sign-out button. The page's client forms get the Admin messages (the
 * reader site ships none): every form's strings and every message an action
 * can answer with, about 18 KB of each page's payload. A page with no client
 * form (the lists) says `forms={false}` and leaves them out.
 */
export async function AdminFrame({ locale, path, editor, forms = true, children }: Props) {
  const t = await getTranslations({ locale, namespace: "Admin.nav" });
  const tTrash = await getTranslations({ locale, namespace: "Admin.trash" });
  return (
    <SiteFrame readerNav={false} locale={locale} path={path}>
      <div className="admin-bar">
        <nav aria-label={t("label")}>
          <ul>
            {editor.translatorLocales.map((l) => (
              <li key={l}>
                <LocaleLink locale={locale} href={`/admin/queue/${l}`} aria-current={path === `/admin/queue/${l}` ? "page" : undefined}>
                  {t("queue")}
                  {editor.translatorLocales.length > 1 && ` (${l.toUpperCase()})`}
                </LocaleLink>
              </li>
            ))}
            <li>
              <LocaleLink locale={locale} href={canEdit(editor) ? "/admin" : "/admin?view=all"} aria-current={path === "/admin" ? "page" : undefined}>
                {t("reviews")}
              </LocaleLink>
            </li>
            {canEdit(editor) &&
              (
                [
                  ["/admin/people", t("people")],
                  ["/admin/trash", tTrash("link")],
                ] as const
              ).map(([href, label]) => (
                <li key={href}>
                  <LocaleLink locale={locale} href={href} aria-current={path === href ? "page" : undefined}>
                    {label}
                  </LocaleLink>
                </li>
              ))}
            <li>
              <LocaleLink locale={locale} href="/admin/profile" aria-current={path === "/admin/profile" ? "page" : undefined}>
                {t("profile")}
              </LocaleLink>
            </li>
            {canManageAccounts(editor) && (
              <>
                {(
                  [
                    ["/admin/genres", "genres"],
                    ["/admin/award-bodies", "awardBodies"],
                    ["/admin/accounts", "accounts"],
                  ] as const
                ).map(([href, label]) => (
                  <li key={href}>
                    <LocaleLink locale={locale} href={href} aria-current={path === href ? "page" : undefined}>
                      {t(label)}
                    </LocaleLink>
                  </li>
                ))}
              </>
            )}
          </ul>
        </nav>
        <SignOutForm locale={locale} label={t("signOut")}>
          <span>{t("signedInAs", { name: editor.name })}</span>
        </SignOutForm>
      </div>
      {forms ? <NextIntlClientProvider messages={{ Admin: (await getMessages({ locale })).Admin }}>{children}</NextIntlClientProvider> : children}
    </SiteFrame>
  );
}
