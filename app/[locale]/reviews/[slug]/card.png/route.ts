import { listingTag } from "@/lib/cache-tags";
import { isLocale } from "@/lib/locales";
import { tagPage } from "@/lib/page-tags";
import { getReview } from "@/lib/reviews";
import { renderCard } from "@/lib/social-card/card-image";
import { pngResponse, reviewCard } from "@/lib/social-card/card-content";
import { parseSlugParam } from "@/lib/validations/slug";

// The review's social card (og:image, twitter:image, Movie.image without a
// poster), drawn on first request and cached under the film's tag, so a save
// that changes the title or rating redraws it with the page.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/reviews/[slug]/card.png">) {
  const { locale, slug } = await params;
  const filmSlug = parseSlugParam(slug);
  if (!isLocale(locale) || !filmSlug) return new Response("Not found", { status: 404 });
  await tagPage([listingTag.film(filmSlug)]);
  const review = await getReview(filmSlug, locale, false);
  if (!review) return new Response("Not found", { status: 404 });
  return pngResponse(await renderCard((await reviewCard(review)).content));
}
