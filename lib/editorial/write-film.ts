import type { Prisma } from "@/lib/generated/prisma/client";
import type { FilmInput } from "@/lib/validations/film";
import { awardCategoryIds } from "@/lib/award-bodies";
import { personIdFor } from "./people";

/**
 * Writes a film's facts and replaces its countries, genres, credits and
 * awards, bumping its version. Used by the facts form and by restoring a
 * facts revision, inside their transactions.
 */
export async function writeFilm(tx: Prisma.TransactionClient, id: string | null, input: FilmInput, editorId: string) {
  const facts = {
    slug: input.slug,
    originalTitle: input.originalTitle,
    originalLang: input.originalLang,
    year: input.year,
    runtimeMinutes: input.runtimeMinutes,
    ratingHalves: input.rating,
    sourceKind: input.sourceTitle ? input.sourceKind : null,
    sourceTitle: input.sourceTitle || null,
    sourceYear: input.sourceTitle ? input.sourceYear : null,
    trailerProvider: input.trailerUrl ? "youtube" : null,
    trailerVideoId: input.trailerUrl,
    trailerTitle: input.trailerUrl ? input.trailerTitle || input.originalTitle : null,
    trailerUploadDate: input.trailerUrl ? input.trailerUploadDate : null,
    wikidataId: input.wikidataId,
    imdbId: input.imdbId,
    criticName: input.criticName || null,
    updatedById: editorId,
  };
  const film = id
    ? await tx.film.update({ where: { id }, data: { ...facts, version: { increment: 1 } }, select: { id: true, version: true } })
    : await tx.film.create({ data: facts, select: { id: true, version: true } });
  const filmId = film.id;

  await tx.filmCountry.deleteMany({ where: { filmId } });
  await tx.filmCountry.createMany({ data: input.countries.map((code, position) => ({ filmId, code, position })) });
  await tx.filmGenre.deleteMany({ where: { filmId } });
  const genres = await tx.genre.findMany({ where: { slug: { in: input.genres } }, select: { id: true, slug: true } });
  await tx.filmGenre.createMany({
    data: input.genres.flatMap((slug, position) => {
      const genre = genres.find((g) => g.slug === slug);
      return genre ? [{ filmId, genreId: genre.id, position }] : [];
    }),
  });

  // Credits are replaced, but a cast member's translated character names are
  // carried over when the same person keeps the same character.
  const previous = await tx.credit.findMany({
    where: { filmId, role: "cast" },
    select: { personId: true, character: true, translations: { select: { locale: true, character: true } } },
  });
  await tx.credit.deleteMany({ where: { filmId } });
  const crew: [string, string[]][] = [
    ["director", input.directors],
    ["writer", input.writers],
    ["source_author", input.sourceTitle ? input.sourceAuthors : []],
    ["composer", input.composers],
  ];
  for (const [role, names] of crew) {
    for (const [position, name] of names.entries()) {
      await tx.credit.create({ data: { filmId, role, position, personId: await personIdFor(tx, name) } });
    }
  }
  for (const [position, member] of input.cast.entries()) {
    const personId = await personIdFor(tx, member.person);
    const kept = previous.find((p) => p.personId === personId && p.character === member.character);
    await tx.credit.create({
      data: {
        filmId,
        personId,
        role: "cast",
        character: member.character || null,
        position,
        translations: kept ? { create: kept.translations } : undefined,
      },
    });
  }

  // Names in other languages typed for people: kept where the person has none
  // in that language yet, so a new person arrives named in every script given,
  // and an existing person's names are never overwritten from this form.
  for (const { name, locale, value } of input.localizedNames ?? []) {
    const person = await tx.person.findFirst({ where: { name }, select: { id: true } });
    if (!person) continue;
    await tx.personTranslation.upsert({
      where: { personId_locale: { personId: person.id, locale } },
      create: { personId: person.id, locale, name: value },
      update: {},
    });
  }

  // Each award's category is an entry of its body's list (lib/award-bodies.ts);
  // the facts form refuses one that is not (lib/admin/actions/films.ts), so a
  // null here is a restored revision's category merged away since.
  const categoryOf = await awardCategoryIds(tx, input.awards);
  await tx.award.deleteMany({ where: { filmId } });
  for (const [position, award] of input.awards.entries()) {
    const personId = award.person ? await personIdFor(tx, award.person) : null;
    await tx.award.create({
      data: {
        filmId,
        body: award.body,
        year: award.year,
        edition: award.edition,
        categoryId: categoryOf(award.body, award.category),
        result: award.result,
        position,
        personId,
      },
    });
  }
  return film;
}
