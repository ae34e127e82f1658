import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localePath } from "@/i18n/paths";
import { routing, type Locale } from "@/i18n/routing";
import { localeDirection } from "@/lib/locales";
import { siteUrl } from "@/lib/site";
import "../stylesheets";

// Nothing that reads the catalog is rendered at build time: every reader page
// renders on its first request and stays cached until a save revalidates it.
// The build therefore costs the same for six films or 10,000, and a restarted
// server never serves a build-time copy older than the database.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Home" });
  return {
    metadataBase: siteUrl(),
    title: t("metaTitle"),
    description: t("metaDescription"),
    manifest: localePath(locale, "/manifest.webmanifest"),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale as Locale);
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      {/* No NextIntlClientProvider: client pieces get their strings as props, so
          no i18n runtime or messages are shipped to the browser. */}
      <body>{children}</body>
    </html>
  );
}
