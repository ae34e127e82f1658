// Demo content: real films with Marquee's own reviews. Idempotent: films,
// people and genres are matched by slug and their details replaced, so
// running it twice leaves the same content.
import { db } from "@/lib/db";
import { recordFilmChange } from "@/lib/editorial/film-change";
import type { Prisma } from "@/lib/generated/prisma/client";
import { awardBodies, genres } from "./genres";
import { people } from "./people";
import type { Localized, SeedFilm } from "./types";
import { seedAccounts } from "./accounts";
import { seedFilms } from "./films";

const localizedRows = (values: Localized) => Object.entries(values).map(([locale, text]) => ({ locale, text: text as string }));

async function seedPeople(tx: Prisma.TransactionClient) {
  const ids = new Map<string, string>();
  for (const [slug, { name, ...forms }] of Object.entries(people)) {
    const person = await tx.person.upsert({ where: { slug }, create: { slug, name }, update: { name }, select: { id: true } });
    await tx.personTranslation.deleteMany({ where: { personId: person.id } });
    await tx.personTranslation.createMany({
      data: localizedRows(forms).map(({ locale, text }) => ({ personId: person.id, locale, name: text })),
    });
    ids.set(slug, person.id);
  }
  return ids;
}

async function seedGenres(tx: Prisma.TransactionClient) {
  const ids = new Map<string, string>();
  for (const [slug, names] of Object.entries(genres)) {
    const genre = await tx.genre.upsert({ where: { slug }, create: { slug }, update: {}, select: { id: true } });
    await tx.genreTranslation.deleteMany({ where: { genreId: genre.id } });
    await tx.genreTranslation.createMany({
      data: localizedRows(names).map(({ locale, text }) => ({ genreId: genre.id, locale, name: text })),
    });
    ids.set(slug, genre.id);
  }
  return ids;
}

/** The awarding bodies editors pick from, named in every locale. */
async function seedAwardBodies(tx: Prisma.TransactionClient) {
  for (const [slug, names] of Object.entries(awardBodies)) {
    const body = await tx.awardBody.upsert({ where: { slug }, create: { slug }, update: {}, select: { id: true } });
    await tx.awardBodyTranslation.deleteMany({ where: { bodyId: body.id } });
    await tx.awardBodyTranslation.createMany({
      data: localizedRows(names).map(({ locale, text }) => ({ bodyId: body.id, locale, name: text })),
    });
  }
}

/**
 * The body's category named `names` (keyed by its English name: "Best
 * Director" is best-director), added to the body's list with its names the
 * first time a film names it.
 */
async function awardCategoryId(tx: Prisma.TransactionClient, body: string, names: Localized & { en: string }): Promise<string> {
  const slug = names.en
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const { id: bodyId } = await tx.awardBody.findUniqueOrThrow({ where: { slug: body }, select: { id: true } });
  const category = await tx.awardCategory.upsert({
    where: { bodyId_slug: { bodyId, slug } },
    create: { bodyId, slug },
    update: {},
    select: { id: true },
  });
  await tx.awardCategoryTranslation.deleteMany({ where: { categoryId: category.id } });
  await tx.awardCategoryTranslation.createMany({
    data: localizedRows(names).map(({ locale, text }) => ({ categoryId: category.id, locale, name: text })),
  });
  return category.id;
}

function need(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Seed data names an unknown person or genre: ${key}`);
  return id;
}

async function seedFilm(tx: Prisma.TransactionClient, film: SeedFilm, personIds: Map<string, string>, genreIds: Map<string, string>) {
  const facts = {
    originalTitle: film.originalTitle,
    originalLang: film.originalLang,
    year: film.year,
    runtimeMinutes: film.runtimeMinutes,
    ratingHalves: Math.round(film.rating * 2),
    sourceKind: film.source?.kind ?? null,
    sourceTitle: film.source?.title ?? null,
    sourceYear: film.source?.year ?? null,
    trailerProvider: film.trailer ? "youtube" : null,
    trailerVideoId: film.trailer?.videoId ?? null,
    trailerTitle: film.trailer?.title ?? null,
    // The trailer's upload day is left to editors: the seed page does not give it.
    imdbId: film.imdbId ?? null,
    // Marquee's (fictional) house critic signs every demo review.
    criticName: "Hana Lefèvre",
  };
  const { id: filmId } = await tx.film.upsert({
    where: { slug: film.slug },
    create: { slug: film.slug, ...facts },
    update: facts,
    select: { id: true },
  });
  // Children are replaced wholesale so that a second run cannot duplicate them.
  await tx.filmCountry.deleteMany({ where: { filmId } });
  await tx.filmGenre.deleteMany({ where: { filmId } });
  await tx.credit.deleteMany({ where: { filmId } });
  await tx.award.deleteMany({ where: { filmId } });
  await tx.reviewTranslation.deleteMany({ where: { filmId } });

  await tx.filmCountry.createMany({ data: film.countries.map((code, position) => ({ filmId, code, position })) });
  await tx.filmGenre.createMany({
    data: film.genres.map((slug, position) => ({ filmId, genreId: need(genreIds, slug), position })),
  });

  const crew: [string, string[] | undefined][] = [
    ["director", film.directors],
    ["writer", film.writers],
    ["source_author", film.source?.authors],
    ["composer", film.composers],
  ];
  for (const [role, slugs] of crew) {
    await tx.credit.createMany({
      data: (slugs ?? []).map((slug, position) => ({ filmId, personId: need(personIds, slug), role, position })),
    });
  }
  for (const [position, member] of film.cast.entries()) {
    await tx.credit.create({
      data: {
        filmId,
        personId: need(personIds, member.person),
        role: "cast",
        character: member.character,
        position,
        translations: {
          create: localizedRows(member.characterIn ?? {}).map(({ locale, text }) => ({ locale, character: text })),
        },
      },
    });
  }
  for (const [position, award] of film.awards.entries()) {
    await tx.award.create({
      data: {
        filmId,
        body: award.body,
        year: award.year,
        edition: award.edition ?? null,
        result: award.result,
        position,
        personId: award.person ? need(personIds, award.person) : null,
        categoryId: await awardCategoryId(tx, award.body, award.category),
      },
    });
  }
  for (const [locale, text] of Object.entries(film.translations)) {
    const sourceVersion = locale === "en" ? null : 1;
    const saved = await tx.reviewTranslation.create({
      data: {
        filmId,
        locale,
        status: text.status,
        title: text.title,
        excerpt: text.excerpt,
        synopsis: text.synopsis,
        commentary: text.commentary,
        contentWarning: text.contentWarning ?? null,
        musicNotes: text.musicNotes ?? null,
        publishedAt: text.publishedAt ? new Date(text.publishedAt) : null,
        // Demo reviews were written when they were published, not when the seed ran.
        ...(text.publishedAt ? { createdAt: new Date(text.publishedAt) } : {}),
        sourceVersion,
      },
    });
    // Version 1 of each text in the history, as an editor's first save leaves
    // it: what a translator's "what changed in the source" view compares with.
    const { title, excerpt, synopsis, commentary, contentWarning, musicNotes, posterAlt, seoTitle, seoDescription } = saved;
    await tx.revision.create({
      data: {
        filmId,
        kind: "translation",
        locale,
        version: 1,
        textVersion: 1,
        createdAt: saved.createdAt,
        snapshot: JSON.stringify({
          ...{ title, excerpt, synopsis, commentary, contentWarning, musicNotes, posterAlt, seoTitle, seoDescription },
          status: saved.status,
          publishedAt: saved.publishedAt?.toISOString() ?? null,
          sourceVersion,
        }),
      },
    });
  }
  return filmId;
}

export async function seed() {
  await db.$transaction(
    async (tx) => {
      const personIds = await seedPeople(tx);
      const genreIds = await seedGenres(tx);
      await seedAwardBodies(tx);
      for (const film of seedFilms) {
        const filmId = await seedFilm(tx, film, personIds, genreIds);
        // Derived listing data and a search queue entry, as any editor's save makes.
        await recordFilmChange(tx, filmId, null);
      }
    },
    { timeout: 60_000 },
  );
  await seedAccounts();
}

seed()
  .then(async () => {
    console.log(`Seeded ${seedFilms.length} films.`);
    await db.$disconnect();
  })
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
