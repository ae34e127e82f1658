import { decadeOf, type ListingRef } from "@/lib/pages";
import type { FilmPlaces } from "@/lib/film-places";

// The cache tags of reader pages. A page is tagged with what it shows (its
// listing, and each film on it); a save revalidates the tags of what it
// changed (lib/editorial/film-change.ts), so only those pages render again.

export const listingTag = {
  film: (slug: string) => `film:${slug}`,
  feeds: "feeds",
  sitemap: "sitemap",
  genreIndex: "index:genres",
  yearIndex: "index:years",
};

/** The tag of every page that names an awarding body, so renaming it refreshes exactly those. */
export const awardBodyTag = (slug: string) => `award-body:${slug}`;

/** The tag of every page that names a genre (a review's facts, a list's cards), so renaming it refreshes exactly those. */
export const genreTag = (slug: string) => `genre:${slug}`;

/** The tag of a whole listing (all its pages): membership or order changes reach every page. */
export function tagOfListing(ref: ListingRef): string {
  switch (ref.kind) {
    case "home":
      return "list:home";
    case "genre":
      return `list:genre:${ref.slug}`;
    case "person":
      return `list:person:${ref.slug}`;
    case "period":
      return "decade" in ref.period ? `list:decade:${ref.period.decade}` : `list:year:${ref.period.year}`;
  }
}

/** Every listing a film appears on, and the indexes that count them. */
export function listingTagsOf(places: FilmPlaces): string[] {
  const page = 1;
  return [
    tagOfListing({ kind: "home", page }),
    ...places.genres.map((slug) => tagOfListing({ kind: "genre", slug, page })),
    ...places.people.map((slug) => tagOfListing({ kind: "person", slug, page })),
    tagOfListing({ kind: "period", period: { year: places.year }, page }),
    tagOfListing({ kind: "period", period: { decade: decadeOf(places.year) }, page }),
    listingTag.genreIndex,
    listingTag.yearIndex,
  ];
}
