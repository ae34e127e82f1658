/**
 * A film's or a person's pages elsewhere, from the ids editors enter, as
 * JSON-LD sameAs links: a Wikidata item, and an IMDb title (films) or name (people).
 */
export function sameAsLinks(ids: { wikidataId: string | null; imdbId: string | null }, imdb: "title" | "name"): string[] {
  return [
    ...(ids.wikidataId ? [`https://www.wikidata.org/wiki/${ids.wikidataId}`] : []),
    ...(ids.imdbId ? [`https://www.imdb.com/${imdb}/${ids.imdbId}/`] : []),
  ];
}
