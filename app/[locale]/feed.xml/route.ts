import { Feed } from "feed";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/i18n/paths";
import { routing } from "@/i18n/routing";
import { loadCatalog } from "@/lib/catalog";
import { isLocale } from "@/lib/locales";
import { reviewSummaries } from "@/lib/reviews";
import { xmlResponse } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/site";

const ITEMS = 20;

export const revalidate = 30;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/**
 * RSS 2.0 feed of the latest reviews published in this locale (never another
 * language's text), each with its spoiler-free excerpt.
 */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/feed.xml">) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "Listing" });
  const site = await getTranslations({ locale, namespace: "Home" });
  const absolute = (path: string) => new URL(path, siteUrl()).toString();
  const latest = (await loadCatalog()).films
    .flatMap((film) => {
      const published = film.published[locale];
      return published ? [{ slug: film.slug, published }] : [];
    })
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug))
    .slice(0, ITEMS);
  const reviews = await reviewSummaries(
    latest.map((f) => f.slug),
    locale,
  );

  const feed = new Feed({
    title: t("feedTitle"),
    description: site("metaDescription"),
    id: absolute(localePath(locale, "/")),
    link: absolute(localePath(locale, "/")),
    language: locale,
    copyright: "Marquee",
    updated: latest[0]?.published,
    generator: "Marquee",
    feedLinks: { rss: absolute(localePath(locale, "/feed.xml")) },
  });
  for (const review of reviews.filter((r) => r.textLocale === locale)) {
    const url = absolute(localePath(locale, `/reviews/${review.slug}`));
    feed.addItem({
      title: review.title,
      id: url,
      link: url,
      description: review.excerpt,
      date: review.publishedAt ?? new Date(0),
      author: review.criticName ? [{ name: review.criticName }] : undefined,
    });
  }
  return xmlResponse(feed.rss2(), "application/rss+xml");
}
