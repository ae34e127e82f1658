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
