import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing, type Locale } from "@/i18n/routing";
import { localeDirection } from "@/lib/locales";
import { siteUrl } from "@/lib/site";
import "../stylesheets";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Home" });
  return {
    metadataBase: siteUrl(),
    title: t("metaTitle"),
    description: t("metaDescription"),
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
