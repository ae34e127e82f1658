// The listings a film belongs to: its genres, year (and decade) and people.
// Shared by the write side (which tags to revalidate) and the tests.

export type FilmPlaces = { slug: string; year: number; listedAt: Date | null; genres: string[]; people: string[] };

export const FILM_PLACES_SELECT = {
  slug: true,
  year: true,
  listedAt: true,
  genres: { select: { genre: { select: { slug: true } } } },
  credits: { select: { person: { select: { slug: true } } } },
  awards: { where: { personId: { not: null } }, select: { person: { select: { slug: true } } } },
} as const;

type Row = {
  slug: string;
  year: number;
  listedAt: Date | null;
  genres: { genre: { slug: string } }[];
  credits: { person: { slug: string } }[];
  awards: { person: { slug: string } | null }[];
};

export function placesOf(film: Row): FilmPlaces {
  const people = [...film.credits, ...film.awards].flatMap((c) => (c.person ? [c.person.slug] : []));
  return {
    slug: film.slug,
    year: film.year,
    listedAt: film.listedAt,
    genres: film.genres.map((g) => g.genre.slug).sort(),
    people: [...new Set(people)].sort(),
  };
}
