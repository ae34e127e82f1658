import { beforeAll, describe, expect, inject, it } from "vitest";
import { prepareDatabase } from "../scripts/lib/database.mjs";
import { createDatabase } from "../scripts/lib/postgres-cluster.mjs";

// What a translation save derives and expires, on a real PostgreSQL database
// made from the migrations and the demo content: the film's own pages for a
// text edit; every listing it is on when its first publication moves.

type Modules = {
  db: typeof import("@/lib/db").db;
  recordTranslationChange: typeof import("@/lib/editorial/film-change").recordTranslationChange;
  dueTranslationTags: typeof import("@/lib/editorial/film-change").dueTranslationTags;
};
let m: Modules;

beforeAll(async () => {
  const url = await createDatabase(inject("postgresUrl"), "marquee_translation_change");
  await prepareDatabase({ ...process.env, DATABASE_URL: url }, { forceSeed: true });
  process.env.DATABASE_URL = url;
  m = {
    db: (await import("@/lib/db")).db,
    recordTranslationChange: (await import("@/lib/editorial/film-change")).recordTranslationChange,
    dueTranslationTags: (await import("@/lib/editorial/film-change")).dueTranslationTags,
  };
}, 120_000);

const FILM_TAGS = ["feeds", "film:drive", "index:genres", "index:years", "sitemap"];

type Tx = Parameters<Parameters<Modules["db"]["$transaction"]>[0]>[0];
const ROLLBACK = new Error("rolled back on purpose");

/** What `work` returns, with everything it wrote undone. */
async function rolledBack<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await m.db
    .$transaction(async (tx) => {
      result = await work(tx);
      throw ROLLBACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
  return result as T;
}

async function drive() {
  return m.db.film.findUniqueOrThrow({
    where: { slug: "drive" },
    select: {
      id: true,
      listedAt: true,
      titles: true,
      translations: { select: { locale: true, publishedAt: true } },
      genres: { select: { listedAt: true } },
    },
  });
}

/** The genre rows' copy of listedAt, which genre counts read, is the film's own. */
function expectGenresListed(film: Awaited<ReturnType<typeof drive>>) {
  expect(film.genres.length).toBeGreaterThan(0);
  expect(film.genres.map((genre) => genre.listedAt)).toEqual(film.genres.map(() => film.listedAt));
}

describe("a translation save", () => {
  it("that changes text only expires the film's own pages, and keeps the derived title list current", async () => {
    const film = await drive();
    const tags = await m.db.$transaction(async (tx) => {
      await tx.reviewTranslation.update({ where: { filmId_locale: { filmId: film.id, locale: "fr" } }, data: { title: "Drive, version longue" } });
      return m.recordTranslationChange(tx, film.id);
    });
    expect(tags.sort()).toEqual(FILM_TAGS);
    const after = await drive();
    expect(after.listedAt).toEqual(film.listedAt);
    expect(after.titles).toContain("drive, version longue");
    expect(await m.db.searchQueue.count({ where: { filmId: film.id } })).toBe(1);
  });

  it("that moves the first publication expires every listing the film is on, and moves listedAt", async () => {
    const film = await drive();
    const earliest = new Date(Math.min(...film.translations.map((t) => t.publishedAt!.getTime())) - 86_400_000);
    const tags = await m.db.$transaction(async (tx) => {
      await tx.reviewTranslation.update({ where: { filmId_locale: { filmId: film.id, locale: "ja" } }, data: { publishedAt: earliest } });
      return m.recordTranslationChange(tx, film.id);
    });
    expect(tags).toEqual(expect.arrayContaining([...FILM_TAGS, "list:home", "list:genre:crime", "list:person:ryan-gosling", "list:year:2011"]));
    const after = await drive();
    expect(after.listedAt).toEqual(earliest);
    expectGenresListed(after);
  });

  it("given the translations it wrote, derives listedAt, titles and tags from them", async () => {
    const film = await m.db.film.findUniqueOrThrow({
      where: { slug: "drive" },
      select: { slug: true, listedAt: true, deletedAt: true, updatedAt: true, originalTitle: true, translations: true },
    });
    const earliest = new Date(film.listedAt!.getTime() - 86_400_000);
    const translations = film.translations.map((t) => (t.locale === "fr" ? { ...t, title: "Drive (inédit)", publishedAt: earliest } : t));
    const tags = await m.db.$transaction(async (tx) => {
      await tx.reviewTranslation.update({
        where: { filmId_locale: { filmId: film.translations[0]!.filmId, locale: "fr" } },
        data: { title: "Drive (inédit)", publishedAt: earliest },
      });
      return m.recordTranslationChange(tx, film.translations[0]!.filmId, { ...film, translations });
    });
    expect(tags).toEqual(expect.arrayContaining([...FILM_TAGS, "list:home", "list:year:2011"]));
    const after = await drive();
    expect(after.listedAt).toEqual(earliest);
    expect(after.titles).toContain("drive (inédit)");
  });

  it("that unpublishes every translation takes the film out of the listings", async () => {
    const film = await drive();
    const tags = await m.db.$transaction(async (tx) => {
      await tx.reviewTranslation.updateMany({ where: { filmId: film.id }, data: { status: "draft" } });
      return m.recordTranslationChange(tx, film.id);
    });
    expect(tags).toEqual(expect.arrayContaining(["list:home", "list:decade:2010"]));
    const after = await drive();
    expect(after.listedAt).toBeNull();
    expectGenresListed(after);
  });

  it("after facts that rewrite the genres, copies listedAt onto the new genre rows", async () => {
    const { recordFilmChange } = await import("@/lib/editorial/film-change");
    const film = await drive();
    await m.db.$transaction(async (tx) => {
      await tx.reviewTranslation.updateMany({ where: { filmId: film.id }, data: { status: "published" } });
      const genres = await tx.filmGenre.findMany({ where: { filmId: film.id } });
      await tx.filmGenre.deleteMany({ where: { filmId: film.id } });
      await tx.filmGenre.createMany({ data: genres.map(({ listedAt: _, ...genre }) => genre) });
      await recordFilmChange(tx, film.id, null);
    });
    const after = await drive();
    expect(after.listedAt).not.toBeNull();
    expectGenresListed(after);
  });

  it("counts the film's translations, which the editors' list reads for “missing in some language”", async () => {
    const { listFilmsForEditors } = await import("@/lib/editorial/review-list");
    const missing = async () => (await listFilmsForEditors("en", { status: "missing", page: 1 })).rows.map((row) => row.slug);
    const film = await drive();
    const count = async () => (await m.db.film.findUniqueOrThrow({ where: { id: film.id }, select: { translationCount: true } })).translationCount;
    expect(await count()).toBe(film.translations.length);
    const ar = await m.db.reviewTranslation.findUniqueOrThrow({ where: { filmId_locale: { filmId: film.id, locale: "ar" } } });
    expect(await missing()).not.toContain("drive");
    await m.db.$transaction(async (tx) => {
      await tx.reviewTranslation.delete({ where: { id: ar.id } });
      await m.recordTranslationChange(tx, film.id);
    });
    expect(await count()).toBe(film.translations.length - 1);
    expect(await missing()).toContain("drive");
    await m.db.$transaction(async (tx) => {
      await tx.reviewTranslation.create({ data: ar });
      await m.recordTranslationChange(tx, film.id);
    });
    expect(await count()).toBe(film.translations.length);
    expect(await missing()).not.toContain("drive");
  });

  it("expires the genre and year indexes only when its locale gains or loses its last live review", async () => {
    const film = await drive();
    const INDEXES = ["index:genres", "index:years"];
    const tagsFor = (edit: Parameters<Modules["recordTranslationChange"]>[3], before?: (tx: Tx) => Promise<unknown>) =>
      rolledBack(async (tx) => {
        await before?.(tx);
        return m.recordTranslationChange(tx, film.id, undefined, edit);
      });
    // A text edit of a live translation, and a translation going live in a locale other films are live in.
    expect((await tagsFor({ locale: "fr", wasLive: true, isLive: true })).sort()).toEqual(["feeds", "film:drive", "sitemap"]);
    expect(await tagsFor({ locale: "fr", wasLive: false, isLive: true })).not.toContain(INDEXES[0]);
    // The last live Arabic review leaving: every other film's Arabic translation is a draft in this transaction.
    const lastArabic = await tagsFor({ locale: "ar", wasLive: true, isLive: false }, (tx) =>
      tx.reviewTranslation.updateMany({ where: { locale: "ar", filmId: { not: film.id } }, data: { status: "draft" } }),
    );
    expect(lastArabic).toEqual(expect.arrayContaining(INDEXES));
  });
});

describe("a scheduled translation coming due", () => {
  const since = new Date(Date.now() - 30_000);
  const dueAt = new Date(Date.now() - 1_000);
  /** The tags the sweep expires when drive's `locale` comes due at `dueAt`, after `before` (all undone). */
  const dueTags = async (locale: "fr" | "ar", before?: (tx: Tx, filmId: string) => Promise<unknown>) => {
    const film = await drive();
    return rolledBack(async (tx) => {
      await before?.(tx, film.id);
      await tx.reviewTranslation.update({ where: { filmId_locale: { filmId: film.id, locale } }, data: { publishedAt: dueAt } });
      await m.recordTranslationChange(tx, film.id);
      return (await m.dueTranslationTags(tx, film.id, [{ locale, publishedAt: dueAt }], since)).sort();
    });
  };

  it("in a film listed before it expires the film's own pages, not the listings it already sits in", async () => {
    expect(await dueTags("fr")).toEqual(["feeds", "film:drive", "sitemap"]);
  });

  it("expires the indexes when its locale had no live review until then", async () => {
    const tags = await dueTags("ar", (tx, filmId) =>
      tx.reviewTranslation.updateMany({ where: { locale: "ar", filmId: { not: filmId } }, data: { status: "draft" } }),
    );
    expect(tags).toEqual(["feeds", "film:drive", "index:genres", "index:years", "sitemap"]);
  });

  it("that is the film's first publication puts it into every listing it belongs to", async () => {
    const tags = await dueTags("fr", (tx, filmId) =>
      tx.reviewTranslation.updateMany({ where: { filmId, locale: { not: "fr" } }, data: { status: "draft" } }),
    );
    expect(tags).toEqual(expect.arrayContaining([...FILM_TAGS, "list:home", "list:genre:crime", "list:person:ryan-gosling", "list:year:2011"]));
  });
});
