// schema.org ItemList for a page of reviews: Google's "summary page" pattern
// for carousels: each entry its position, the review's address and title (the
// review page carries the details).

/** `items` are the reviews on this page, in order; `first` is the position of the first one in the whole list. */
export function itemListJsonLd(items: readonly { url: string; name: string }[], first: number) {
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    itemListElement: items.map(({ url, name }, index) => ({ "@type": "ListItem", position: first + index, url, name })),
  };
}

/** A person's page: who they are, as credited, and their pages elsewhere (sameAs). */
export function personJsonLd(person: { name: string; credited: string; url: string; sameAs: readonly string[] }) {
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    name: person.name,
    ...(person.credited !== person.name ? { alternateName: person.credited } : {}),
    url: person.url,
    ...(person.sameAs.length ? { sameAs: [...person.sameAs] } : {}),
  };
}
