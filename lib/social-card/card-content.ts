import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { formatNumber, formatRating } from "@/lib/format";
import { localeDirection } from "@/lib/locales";
import type { Review } from "@/lib/reviews";
import type { CardContent } from "./card-image";

// What the cards say, and their alt text, from the same strings: the card and
// the page's og:image alt can never disagree.

/** The review's card, in the language of the text the page shows (its own script, its own direction). */
export async function reviewCard(review: Review): Promise<{ content: CardContent; alt: string }> {
  const locale = review.textLocale;
  const t = await getTranslations({ locale, namespace: "Card" });
  const year = formatNumber(review.year, locale);
  const director = review.directors.map((d) => d.name).join(", ");
  const rating = review.ratingHalves ? formatRating(review.ratingHalves, locale) : "";
  return {
    content: {
      dir: localeDirection(locale),
      lang: locale,
      kicker: t("kicker"),
      title: review.text.title,
      details: [director ? `${year} · ${t("directedBy", { director })}` : year],
      ratingHalves: review.ratingHalves,
    },
    alt: t("reviewAlt", { title: review.text.title, year, director, rated: rating ? "yes" : "no", rating }),
  };
}

/** The site's card, for the home page and every list. */
export async function siteCard(locale: Locale): Promise<{ content: CardContent; alt: string }> {
  const t = await getTranslations({ locale, namespace: "Card" });
  const site = await getTranslations({ locale, namespace: "Site" });
  const home = await getTranslations({ locale, namespace: "Home" });
  return {
    content: {
      dir: localeDirection(locale),
      lang: locale,
      kicker: site("home"),
      title: site("tagline"),
      details: [home("metaDescription")],
      ratingHalves: null,
    },
    alt: t("siteAlt"),
  };
}

/** Every card's size, the one OpenGraph and Twitter recommend for large images. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The og:image entry for a card at `url`. */
export const cardImage = (url: string, alt: string) => ({ url, alt, width: CARD_SIZE.width, height: CARD_SIZE.height, type: "image/png" });

export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
}
