import { db } from "@/lib/db";

export type FilmFormValues = Record<string, string> & { version: string };

/** A film's facts as the facts form's field values (the same shape the form posts back). */
export async function getFilmFormValues(slug: string): Promise<{ values: FilmFormValues; genres: string[] } | null> {
  const film = await db.film.findFirst({
    where: { slug, deletedAt: null },
    include: {
      countries: { orderBy: { position: "asc" } },
      genres: { orderBy: { position: "asc" }, include: { genre: { select: { slug: true } } } },
      credits: { orderBy: { position: "asc" }, include: { person: { select: { name: true } } } },
      awards: {
        orderBy: { position: "asc" },
        include: { person: { select: { name: true } }, category: { select: { slug: true } } },
      },
    },
  });
  if (!film) return null;
  const people = (role: string) =>
    film.credits
      .filter((c) => c.role === role)
      .map((c) => c.person.name)
      .join("\n");
  const values: FilmFormValues = {
    slug: film.slug,
    originalTitle: film.originalTitle,
    originalLang: film.originalLang,
    year: String(film.year),
    runtimeMinutes: String(film.runtimeMinutes),
    countries: film.countries.map((c) => c.code).join(", "),
    rating: film.ratingHalves ? String(film.ratingHalves / 2) : "",
    trailerUrl: film.trailerVideoId ? `https://www.youtube.com/watch?v=${film.trailerVideoId}` : "",
    trailerTitle: film.trailerTitle ?? "",
    trailerUploadDate: film.trailerUploadDate?.toISOString().slice(0, 10) ?? "",
    wikidataId: film.wikidataId ?? "",
    imdbId: film.imdbId ?? "",
    criticName: film.criticName ?? "",
    sourceKind: film.sourceKind ?? "",
    sourceTitle: film.sourceTitle ?? "",
    sourceYear: film.sourceYear ? String(film.sourceYear) : "",
    sourceAuthors: people("source_author"),
    directors: people("director"),
    writers: people("writer"),
    composers: people("composer"),
    cast: film.credits
      .filter((c) => c.role === "cast")
      .map((c) => `${c.person.name} | ${c.character ?? ""}`)
      .join("\n"),
    awards: film.awards.map((a) => [a.body, a.year, a.edition ?? "", a.category?.slug ?? "", a.result, a.person?.name ?? ""].join(" | ")).join("\n"),
    version: String(film.version),
    posterPath: film.posterPath ?? "",
  };
  return { values, genres: film.genres.map((g) => g.genre.slug) };
}
