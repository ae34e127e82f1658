import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";
import { alternatesFor } from "@/lib/site";
import { cardImage } from "@/lib/social-card/card-content";

/** OpenGraph's locale form ("ja_JP"), derived so a new locale needs no table entry. */
export function ogLocale(tag: string): string {
  const full = new Intl.Locale(tag).maximize();
  return full.region ? `${full.language}_${full.region}` : full.language;
}

type PageMetadata = {
  locale: Locale;
  /** Path without the locale prefix (lib/pages.ts pathOf). */
  path: string;
  /** The page's published locales (lib/pages.ts publishedLocales). */
  published: readonly Locale[];
  title: string;
  description: string;
  type?: "website" | "article";
  /** The page's share image; the site's card when omitted. */
  image?: { url: string; alt: string; width?: number; height?: number; type?: string };
  noindex?: boolean;
};

/**
 * Title, description, canonical and hreflang links, the feed discovery link
 * and OpenGraph/Twitter cards for one reader page, all from the same list of
 * published locales.
 */
export async function pageMetadata(page: PageMetadata): Promise<Metadata> {
  const t = await getTranslations({ locale: page.locale, namespace: "Listing" });
  const alternates = alternatesFor(page.path, page.locale, page.published);
  const shownAs = page.published.includes(page.locale) ? page.locale : (page.published[0] ?? page.locale);
  const images = [
    page.image ?? cardImage(localePath(page.locale, "/card.png"), (await getTranslations({ locale: page.locale, namespace: "Card" }))("siteAlt")),
  ];
  return {
    title: page.title,
    description: page.description,
    alternates: {
      ...alternates,
      types: { "application/rss+xml": [{ url: localePath(page.locale, "/feed.xml"), title: t("feedTitle") }] },
    },
    robots: page.noindex ? { index: false, follow: true } : undefined,
    openGraph: {
      type: page.type ?? "website",
      siteName: "Marquee",
      title: page.title,
      description: page.description,
      url: alternates.canonical,
      locale: ogLocale(shownAs),
      alternateLocale: page.published.filter((l) => l !== shownAs).map(ogLocale),
      images,
    },
    twitter: {
      card: "summary_large_image",
      title: page.title,
      description: page.description,
      images,
    },
  };
}
