import type { Metadata } from "next";

import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { SiteFrame } from "@/components/layout/site-frame";
import { SignInForm } from "@/components/admin/sign-in-form";
import { currentAccount } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/safe-return";

// Per request: reads the session (see the signed-in layout).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/sign-in">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "Admin.signIn" });
  return { title: `${t("title")} — Marquee`, robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/admin/sign-in">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const next = safeReturnPath((await searchParams).next, locale);
  if (await currentAccount()) redirect(next);
  const t = await getTranslations({ locale, namespace: "Admin.signIn" });
  const keys = ["email", "password", "submit", "submitting", "invalid", "tooMany", "disabled", "failed"] as const;

  return (
    <SiteFrame readerNav={false} locale={locale} path="/admin/sign-in">
      <div className="admin-narrow">
        <h1 className="page-title">{t("title")}</h1>
        <p>{t("intro")}</p>
        <SignInForm next={next} messages={Object.fromEntries(keys.map((k) => [k, t(k)])) as Record<(typeof keys)[number], string>} />
      </div>
    </SiteFrame>
  );
}
