import { db } from "@/lib/db";
import type { Locale } from "@/i18n/routing";

/** A film's character names and award labels: the original and the one in `locale`, for the translation editor. */
export async function getFilmLabels(slug: string, locale: Locale) {
  const film = await db.film.findFirst({
    where: { slug, deletedAt: null },
    select: {
      credits: {
        where: { role: "cast" },
        orderBy: { position: "asc" },
        select: { id: true, character: true, person: { select: { name: true } }, translations: { where: { locale } } },
      },
      awards: {
        orderBy: { position: "asc" },
        select: { id: true, body: true, year: true, translations: true },
      },
    },
  });
  if (!film) return null;
  return {
    characters: film.credits.map((c) => ({
      id: c.id,
      actor: c.person.name,
      original: c.character ?? "",
      value: c.translations[0]?.character ?? "",
    })),
    awards: film.awards.map((a) => {
      const english = a.translations.find((t) => t.locale === "en");
      const own = a.translations.find((t) => t.locale === locale);
      return {
        id: a.id,
        year: a.year,
        original: { bodyName: english?.bodyName ?? a.body, category: english?.category ?? "" },
        value: { bodyName: own?.bodyName ?? "", category: own?.category ?? "" },
      };
    }),
  };
}

export type FilmLabels = NonNullable<Awaited<ReturnType<typeof getFilmLabels>>>;
