import { ACCOUNT_IDENTITY, accountLabel } from "@/lib/access/identity";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { locales } from "@/lib/locales";
import type { Locale } from "@/i18n/routing";
import { TRANSLATION_STATES, translationState, type TranslationState } from "./status";

export const PAGE_SIZE = 20;

export type ReviewListFilters = { q?: string; status?: TranslationState; locale?: Locale; page: number };

/** A translation in `state` at `now`, as a database filter (the same rules as translationState). */
function stateWhere(state: Exclude<TranslationState, "missing">, now: Date): Prisma.ReviewTranslationWhereInput {
  switch (state) {
    case "outdated":
      return { outdated: true };
    case "draft":
      return { outdated: false, status: "draft" };
    case "unpublished":
      return { outdated: false, status: "unpublished" };
    case "scheduled":
      return { outdated: false, status: "published", OR: [{ publishedAt: null }, { publishedAt: { gt: now } }] };
    case "published":
      return { outdated: false, status: "published", publishedAt: { lte: now } };
  }
}

/** Films with a translation in `state`, in `locale` or in any locale. */
function filmStateWhere(state: TranslationState, locale: Locale | undefined, now: Date): Prisma.FilmWhereInput {
  if (state === "missing") {
    // In any locale: fewer translations than locales (a derived column), not four probes per film.
    return locale ? { translations: { none: { locale } } } : { translationCount: { lt: locales.length } };
  }
  return { translations: { some: { ...stateWhere(state, now), ...(locale ? { locale } : {}) } } };
}

/** Up to this many matching translations, a state's list is sorted from its translations; beyond, films are walked newest first. */
const SORTED_FROM_TRANSLATIONS = 1_000;

const FILM_ROW = {
  id: true,
  slug: true,
  year: true,
  originalTitle: true,
  sourceLocale: true,
  updatedAt: true,
  updatedBy: { select: ACCOUNT_IDENTITY },
  translations: {
    select: {
      locale: true,
      title: true,
      status: true,
      publishedAt: true,
      sourceVersion: true,
      textVersion: true,
      updatedAt: true,
      updatedBy: { select: ACCOUNT_IDENTITY },
    },
  },
} satisfies Prisma.FilmSelect;
const NEWEST_CHANGE_FIRST = [{ updatedAt: "desc" }, { slug: "asc" }] satisfies Prisma.FilmOrderByWithRelationInput[];
// The same order over films outside the trash, led by deletedAt (null in every
// row it sorts), so that it is the order of the (deletedAt, updatedAt, slug)
// index. PostgreSQL does not take `deletedAt IS NULL` as fixing the index's
// first column, and sorted all 10,000 films for each page (6-23 ms); read in
// index order, a page stops at its twenty. SQLite read it in order already.
const WALK_NEWEST_CHANGE_FIRST = [{ deletedAt: "asc" }, ...NEWEST_CHANGE_FIRST] satisfies Prisma.FilmOrderByWithRelationInput[];

/**
 * Films with a translation in `inState`: all of them, newest change first,
 * when there are few (`sorted`); else their number when it is cheap to know
 * (`total`): in one locale a film has at most one translation, so there the
 * translations' count is the films'. In any locale, whether there are few is
 * asked of the index alone, the trash and the title filter aside: it only
 * picks the way, and a count through every film cost as much as the list.
 */
async function matchingFilms(inState: Prisma.ReviewTranslationWhereInput, oneLocale: boolean) {
  if (oneLocale) {
    const count = await db.reviewTranslation.count({ where: inState });
    if (count > SORTED_FROM_TRANSLATIONS) return { sorted: null, total: count };
  } else {
    const { film: _trashAndTitle, ...translationOnly } = inState;
    if ((await db.reviewTranslation.count({ where: translationOnly })) > SORTED_FROM_TRANSLATIONS) return { sorted: null, total: null };
  }
  const rows = await db.reviewTranslation.findMany({
    where: inState,
    orderBy: NEWEST_CHANGE_FIRST.map((order) => ({ film: order })),
    take: SORTED_FROM_TRANSLATIONS,
    select: { filmId: true },
  });
  return { sorted: [...new Set(rows.map((row) => row.filmId))], total: null };
}

/**
 * The editors' list: one row per film with each locale's state, newest change
 * first. Filtering by title and state, counting and paging all happen in the
 * database, so a page costs its twenty rows.
 *
 * A state is asked of the translations themselves, through the index on
 * (locale, status, publishedAt, outdated, filmId), in one locale or in each:
 * asking each of 10,000 films instead cost 50-100 ms in one locale, and 10-35 ms
 * in any (a rare state, such as scheduled, made every film answer). Up to
 * SORTED_FROM_TRANSLATIONS matches are sorted there; more, which only a
 * common state has, are found faster by walking films newest first, which
 * stops at the page.
 */
export async function listFilmsForEditors(uiLocale: Locale, filters: ReviewListFilters, now = new Date()) {
  // Film.titles is stored in lower case (lib/editorial/film-change.ts).
  const q = filters.q?.trim().slice(0, 200).toLowerCase();
  const titleWhere: Prisma.FilmWhereInput = q ? { titles: { contains: q } } : {};
  const where: Prisma.FilmWhereInput = {
    deletedAt: null,
    AND: [titleWhere, filters.status ? filmStateWhere(filters.status, filters.locale, now) : {}],
  };
  const inState: Prisma.ReviewTranslationWhereInput | null =
    filters.status && filters.status !== "missing"
      ? { locale: filters.locale ?? { in: [...locales] }, ...stateWhere(filters.status, now), film: { deletedAt: null, ...titleWhere } }
      : null;
  const found = inState ? await matchingFilms(inState, Boolean(filters.locale)) : { sorted: null, total: null };
  const total = found.sorted?.length ?? found.total ?? (await db.film.count({ where }));
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page), pages);
  const window = { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE };
  // The page's ids first, then its rows. Walking films for the ids alone reads
  // the index and nothing else, however deep the page: the rows' other columns,
  // read for every film skipped, cost page 300 on PostgreSQL 16 ms against 1.4.
  const ids = found.sorted
    ? found.sorted.slice(window.skip, window.skip + window.take)
    : (await db.film.findMany({ where, orderBy: WALK_NEWEST_CHANGE_FIRST, ...window, select: { id: true } })).map((film) => film.id);
  // One page of ids: at most PAGE_SIZE values, whatever the catalog holds.
  const byId = new Map((await db.film.findMany({ where: { id: { in: ids } }, select: FILM_ROW })).map((film) => [film.id, film]));
  const films = ids.flatMap((id) => byId.get(id) ?? []);

  const rows = films.map((film) => {
    const source = film.translations.find((t) => t.locale === film.sourceLocale) ?? null;
    const states = Object.fromEntries(
      locales.map((l) => {
        const t = film.translations.find((x) => x.locale === l) ?? null;
        return [l, translationState(t, source, l === film.sourceLocale, now)];
      }),
    ) as Record<Locale, TranslationState>;
    const title = film.translations.find((t) => t.locale === uiLocale)?.title ?? source?.title ?? film.originalTitle;
    // The latest change to the facts or any translation, and who made it.
    const latest = [film, ...film.translations].reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
    return {
      slug: film.slug,
      year: film.year,
      title,
      updatedAt: latest.updatedAt,
      updatedBy: latest.updatedBy ? accountLabel(latest.updatedBy) : null,
      states,
    };
  });
  return { rows, page, pages, total };
}

export function parseListFilters(params: Record<string, string | string[] | undefined>): ReviewListFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const status = one("status");
  const locale = one("locale");
  const page = Number.parseInt(one("page") ?? "1", 10);
  return {
    q: one("q") || undefined,
    status: (TRANSLATION_STATES as readonly string[]).includes(status ?? "") ? (status as TranslationState) : undefined,
    locale: (locales as readonly string[]).includes(locale ?? "") ? (locale as Locale) : undefined,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}
