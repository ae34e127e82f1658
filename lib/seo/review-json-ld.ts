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
  posterUrl: string | null;
  directors: readonly Linked[];
  cast: readonly (Linked & { character: string })[];
  /** Half stars, 1..10; null when the critic gave no rating. */
  ratingHalves: number | null;
  /** One readable line per award or nomination. */
  awards: readonly string[];
  trailer: { videoId: string; title: string } | null;
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

/** The trailer as a VideoObject, from the stored video id alone (YouTube is never contacted). */
function trailerVideo(trailer: { videoId: string; title: string }, description: string) {
  const id = encodeURIComponent(trailer.videoId);
  return {
    "@type": "VideoObject",
    name: trailer.title,
    description,
    thumbnailUrl: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
    embedUrl: `https://www.youtube-nocookie.com/embed/${id}`,
    contentUrl: `https://www.youtube.com/watch?v=${id}`,
    // No uploadDate: only YouTube knows it, and guessing one would be false data.
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
    ...(input.posterUrl ? { image: input.posterUrl } : {}),
    director: input.directors.map(person),
    actor: input.cast.map((member) => ({
      "@type": "PerformanceRole",
      actor: person(member),
      ...(member.character ? { characterName: member.character } : {}),
    })),
    ...(input.awards.length ? { award: [...input.awards] } : {}),
    ...(input.trailer ? { trailer: trailerVideo(input.trailer, input.description) } : {}),
  };
  const publisher = { "@type": "Organization", name: input.publisher.name, url: input.publisher.url };
  return {
    "@context": "https://schema.org",
    "@type": "Review",
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
