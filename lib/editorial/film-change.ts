import type { Prisma } from "@/lib/generated/prisma/client";
import { listingTag, listingTagsOf } from "@/lib/cache-tags";
import { FILM_PLACES_SELECT, placesOf, type FilmPlaces } from "@/lib/film-places";
import { liveInLocale } from "@/lib/listings";
import type { Locale } from "@/i18n/routing";

// Every write to a film ends here, inside its transaction, so what is derived
// from the film can never drift from it:
// - Film.listedAt, the first publication time that listings sort and filter on
//   (and its copy on the film's genre rows, which genre counts read),
//   Film.titles, what the editors' title filter searches, and
//   Film.translationCount, how many locales it has a translation in;
// - a SearchQueue row, so the search index is rewritten even if the process
//   dies right after the commit (lib/search/index.ts drains it).
// It answers which cache tags the change touched (lib/editorial/revalidate.ts).

type Tx = Prisma.TransactionClient;

/** Where a film shows up, read before a write so the pages it leaves are refreshed too. */
export async function filmPlaces(tx: Tx, filmId: string): Promise<FilmPlaces | null> {
  const film = await tx.film.findUnique({ where: { id: filmId }, select: FILM_PLACES_SELECT });
  return film && placesOf(film);
}

/** What the derived columns are computed from: the film and its translations (at most one per locale). */
export type FilmDerivation = {
  slug: string;
  listedAt: Date | null;
  deletedAt: Date | null;
  updatedAt: Date;
  originalTitle: string;
  translations: { title: string; status: string; publishedAt: Date | null }[];
};

/**
 * Brings the film's derived columns up to date and queues it for search.
 * A caller that already holds the film's state as written in this
 * transaction passes it (`known`), saving the read. `genresWritten`: the
 * write may have made new genre rows, which need listedAt whether or not it moved.
 */
async function deriveFilm(tx: Tx, filmId: string, known: FilmDerivation | undefined, genresWritten: boolean) {
  const film =
    known ??
    (await tx.film.findUniqueOrThrow({
      where: { id: filmId },
      select: {
        slug: true,
        listedAt: true,
        deletedAt: true,
        updatedAt: true,
        originalTitle: true,
        translations: { select: { title: true, status: true, publishedAt: true } },
      },
    }));
  const published = film.translations.flatMap((t) => (t.status === "published" && t.publishedAt ? [t.publishedAt.getTime()] : []));
  const listedAt = film.deletedAt || published.length === 0 ? null : new Date(Math.min(...published));
  // Lower case, so the editors' title filter is case-insensitive on PostgreSQL
  // too (SQLite's LIKE ignores ASCII case by itself; PostgreSQL's does not).
  const titles = [film.originalTitle, ...film.translations.map((t) => t.title)].join("\n").toLowerCase();
  // Keeps updatedAt: deriving columns is not an editor's change.
  const translationCount = film.translations.length;
  await tx.film.update({ where: { id: filmId }, data: { listedAt, titles, translationCount, updatedAt: film.updatedAt } });
  if (genresWritten || film.listedAt?.getTime() !== listedAt?.getTime()) await tx.filmGenre.updateMany({ where: { filmId }, data: { listedAt } });
  await tx.searchQueue.upsert({ where: { filmId }, create: { filmId }, update: { version: { increment: 1 } } });
  return { slug: film.slug, listedBefore: film.listedAt, listedAt };
}

export async function recordFilmChange(tx: Tx, filmId: string, before: FilmPlaces | null): Promise<string[]> {
  await deriveFilm(tx, filmId, undefined, true);
  const after = await filmPlaces(tx, filmId);
  return changedTags(before, after);
}

/**
 * The same for a write that changed translations only: genres, year and
 * people stay, so the film's places are read (one query per relation) only
 * when its first publication time moved, which is what moves it in listings.
 * A save is the editor's wait, and under load every query is a trip through a
 * busy event loop (hence `known`, too).
 */
export async function recordTranslationChange(tx: Tx, filmId: string, known?: FilmDerivation, edit?: TranslationEdit): Promise<string[]> {
  const { slug, listedBefore, listedAt } = await deriveFilm(tx, filmId, known, false);
  if (listedBefore?.getTime() === listedAt?.getTime()) return [...filmTags([slug], await indexesMayChange(tx, filmId, edit))];
  const places = await filmPlaces(tx, filmId);
  return places ? changedTags({ ...places, listedAt: listedBefore }, places) : [...filmTags([slug])];
}

/** The one translation a save wrote, and whether it was live before and is now. */
export type TranslationEdit = { locale: Locale; wasLive: boolean; isLive: boolean };

/**
 * The genre and year indexes are published in every locale with a live
 * review, so a save changes them only when its translation went live or left
 * and no other film is live in that locale. A write that does not say what it
 * changed (a restored revision) is taken to change them.
 */
async function indexesMayChange(tx: Tx, filmId: string, edit: TranslationEdit | undefined): Promise<boolean> {
  if (!edit) return true;
  if (edit.wasLive === edit.isLive) return false;
  const other = await tx.reviewTranslation.findFirst({ where: { ...liveInLocale(edit.locale), filmId: { not: filmId } }, select: { id: true } });
  return !other;
}

/**
 * What scheduled translations of one film coming due (their times in
 * (since, now]) change, with nobody saving. A film listed before them keeps
 * its place in every listing: its own pages and cards change (the new
 * language), the feeds and sitemap, and the indexes only in a locale that had
 * no live review at `since`. Otherwise the film enters its listings now.
 */
export async function dueTranslationTags(tx: Tx, filmId: string, due: { locale: Locale; publishedAt: Date }[], since: Date): Promise<string[]> {
  const places = await filmPlaces(tx, filmId);
  if (!places) return [];
  const firstDue = Math.min(...due.map((translation) => translation.publishedAt.getTime()));
  if (!places.listedAt || places.listedAt.getTime() >= firstDue) return changedTags(null, places);
  let indexes = false;
  for (const locale of new Set(due.map((translation) => translation.locale))) {
    // Another film that came due in the same sweep is not "live before": the locale is new to the indexes all the same.
    indexes ||= !(await tx.reviewTranslation.findFirst({ where: liveInLocale(locale, since), select: { id: true } }));
  }
  return [...filmTags([places.slug], indexes)];
}

/** The tags every change to a film expires: its own pages, and what lists every review (feeds, sitemap, and the indexes when they may change). */
function filmTags(slugs: string[], indexes = true) {
  const tags = new Set([listingTag.feeds, listingTag.sitemap, ...slugs.map(listingTag.film)]);
  if (indexes) for (const tag of [listingTag.genreIndex, listingTag.yearIndex]) tags.add(tag);
  return tags;
}

/**
 * The film's own pages always (its review in every locale, and any listing
 * page whose card shows it, which carries the film's tag too). The listings
 * it enters, leaves or moves in only when membership or order changed.
 */
export function changedTags(before: FilmPlaces | null, after: FilmPlaces | null): string[] {
  const tags = filmTags([before, after].flatMap((places) => (places ? [places.slug] : [])));
  const moved =
    before?.listedAt?.getTime() !== after?.listedAt?.getTime() ||
    before?.year !== after?.year ||
    before?.genres.join() !== after?.genres.join() ||
    before?.people.join() !== after?.people.join();
  if (moved) for (const places of [before, after]) if (places) for (const tag of listingTagsOf(places)) tags.add(tag);
  return [...tags];
}
