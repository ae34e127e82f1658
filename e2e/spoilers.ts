import { seedFilms } from "../prisma/seed/films";

/** Every spoiler block's text in the seed, per locale, as plain words to look for. */
export function seedSpoilers(): { locale: string; slug: string; text: string }[] {
  return seedFilms.flatMap((film) =>
    Object.entries(film.translations).flatMap(([locale, t]) =>
      [...(t?.commentary ?? "").matchAll(/^:::spoiler\n([\s\S]*?)\n:::$/gm)].map((m) => ({
        locale,
        slug: film.slug,
        // A phrase from the middle of the block, free of markdown.
        text: m[1]!.replace(/[*_[\]]/g, "").slice(40, 80),
      })),
    ),
  );
}
