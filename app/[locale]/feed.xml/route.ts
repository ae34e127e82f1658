import { Feed } from "feed";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/i18n/paths";
import { listingTag } from "@/lib/cache-tags";
import { latestInLocale } from "@/lib/listings";
import { isLocale } from "@/lib/locales";
import { tagPage } from "@/lib/page-tags";
import { reviewSummaries } from "@/lib/reviews";
import { xmlResponse } from "@/lib/seo/sitemap";
import { siteUrl } from "@/lib/site";

const ITEMS = 20;

// Cached from the first request until a save revalidates the "feeds" tag.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
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
  await tagPage([listingTag.feeds]);
  const latest = await latestInLocale(locale, ITEMS);
  const reviews = await reviewSummaries(
    latest.map((t) => t.slug),
    locale,
  );

  const feed = new Feed({
    title: t("feedTitle"),
    description: site("metaDescription"),
    id: absolute(localePath(locale, "/")),
    link: absolute(localePath(locale, "/")),
    language: locale,
    copyright: "Marquee",
    updated: latest[0]?.publishedAt,
    generator: "Marquee",
    feedLinks: { rss: absolute(localePath(locale, "/feed.xml")) },
  });
  for (const review of reviews.filter((r) => r.textLocale === locale)) {
    const url = absolute(localePath(locale, `/reviews/${review.slug}`));
    feed.addItem({
      title: review.title,
      id: url,
      link: url,
      // RSS descriptions are HTML to feed readers; the excerpt is plain text, so it is escaped to stay text.
      description: escapeHtml(review.excerpt),
      date: review.publishedAt ?? new Date(0),
      // RSS <author> must be an e-mail address; a critic's name goes in Dublin Core's creator.
      extensions: review.criticName ? [{ name: "dc:creator", objects: { _text: review.criticName } }] : undefined,
    });
  }
  return xmlResponse(withDublinCore(feed.rss2()), "application/rss+xml");
}

const DC_NAMESPACE = 'xmlns:dc="http://purl.org/dc/elements/1.1/"';

/**
 * The feed package declares the dc namespace only for feeds with full content
 * (content:encoded), which these spoiler-free excerpts are not; without the
 * declaration, dc:creator would make the document invalid XML.
 */
function withDublinCore(xml: string): string {
  return xml.includes(DC_NAMESPACE) ? xml : xml.replace("<rss ", `<rss ${DC_NAMESPACE} `);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
