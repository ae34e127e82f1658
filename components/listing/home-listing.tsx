import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { ListingPage, listingMetadata } from "./listing-page";

// The home page and its later pages (/page/2…): the latest reviews.

export async function homeMetadata(locale: Locale, page: number) {
  const t = await getTranslations({ locale, namespace: "Home" });
  return listingMetadata(locale, { kind: "home", page }, t("heading"), t("metaDescription"), t("metaTitle"));
}

export async function HomeListing({ locale, page }: { locale: Locale; page: number }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Home" });
  return <ListingPage locale={locale} listing={{ kind: "home", page }} heading={t("heading")} />;
}
