// schema.org JSON-LD for a review page: a critic's Review of a Movie, as
// Google's review-snippet and critic-review guidelines describe it. Pure, so
// it is unit-tested on its own; the page gathers the values.

type Linked = { name: string; url: string };

export type ReviewJsonLdInput = {
  url: string;
  locale: string;
  title: string;
  originalTitle: string;
  year: number;
  runtimeMinutes: number;
  /** Spoiler-free plain text (lib/markdown/plain-text.ts). */
  description: string;
  genres: readonly string[];
  /** The poster, else the review's social card; null for neither. */
  imageUrl: string | null;
  directors: readonly Linked[];
  cast: readonly (Linked & { character: string })[];
  /** Half stars, 1..10; null when the critic gave no rating. */
  ratingHalves: number | null;
  /** One readable line per award or nomination. */
  awards: readonly string[];
  /** uploadDate is the day the editor read on YouTube; without it there is no valid VideoObject. */
  trailer: { videoId: string; title: string; uploadDate: Date | null } | null;
  /** The film's pages on Wikidata and IMDb. */
  sameAs: readonly string[];
  createdAt: Date;
  publishedAt: Date | null;
  criticName: string | null;
  publisher: Linked;
};

/** ISO 8601 duration: 100 minutes → "PT1H40M". */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ""}${rest || !hours ? `${rest}M` : ""}`;
}

const person = ({ name, url }: Linked) => ({ "@type": "Person", name, url });

/**
 * The trailer as a VideoObject, from the stored video id and the upload day
 * the editor entered (YouTube is never contacted). schema.org requires
 * uploadDate, so a trailer without one gets no VideoObject: guessing the date
 * would be false data, and leaving it out makes the markup invalid.
 */
function trailerVideo(trailer: { videoId: string; title: string; uploadDate: Date }, description: string) {
  const id = encodeURIComponent(trailer.videoId);
  return {
    "@type": "VideoObject",
    name: trailer.title,
    description,
    thumbnailUrl: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
    embedUrl: `https://www.youtube-nocookie.com/embed/${id}`,
    contentUrl: `https://www.youtube.com/watch?v=${id}`,
    uploadDate: trailer.uploadDate.toISOString().slice(0, 10),
  };
}

export function reviewJsonLd(input: ReviewJsonLdInput) {
  const movie = {
    "@type": "Movie",
    name: input.title,
    ...(input.originalTitle !== input.title ? { alternateName: input.originalTitle } : {}),
    dateCreated: String(input.year),
    duration: isoDuration(input.runtimeMinutes),
    ...(input.genres.length ? { genre: [...input.genres] } : {}),
    ...(input.imageUrl ? { image: input.imageUrl } : {}),
    director: input.directors.map(person),
    actor: input.cast.map((member) => ({
      "@type": "PerformanceRole",
      actor: person(member),
      ...(member.character ? { characterName: member.character } : {}),
    })),
    ...(input.awards.length ? { award: [...input.awards] } : {}),
    ...(input.trailer?.uploadDate ? { trailer: trailerVideo({ ...input.trailer, uploadDate: input.trailer.uploadDate }, input.description) } : {}),
    ...(input.sameAs.length ? { sameAs: [...input.sameAs] } : {}),
  };
  const publisher = { "@type": "Organization", name: input.publisher.name, url: input.publisher.url };
  return {
    "@context": "https://schema.org",
    // Google's review snippet requires a rating, so only a rated review claims
    // it as a "Review"; an unrated one is schema.org's CriticReview (a kind of
    // Review), valid markup that asks for no star snippet.
    "@type": input.ratingHalves ? "Review" : "CriticReview",
    url: input.url,
    name: input.title,
    inLanguage: input.locale,
    description: input.description,
    dateCreated: input.createdAt.toISOString(),
    ...(input.publishedAt ? { datePublished: input.publishedAt.toISOString() } : {}),
    author: input.criticName ? { "@type": "Person", name: input.criticName } : publisher,
    publisher,
    ...(input.ratingHalves ? { reviewRating: { "@type": "Rating", ratingValue: input.ratingHalves / 2, bestRating: 5, worstRating: 0.5 } } : {}),
    itemReviewed: movie,
  };
}

/** The JSON for a <script type="application/ld+json">: "<" escaped so text can never close the element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
