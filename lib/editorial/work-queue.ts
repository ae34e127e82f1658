import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/i18n/routing";
import { translationState, type TranslationState } from "./status";

export const QUEUE_PAGE_SIZE = 20;

/**
 * A translator's work in one locale: films whose text in it is missing (and
 * there is a text to translate from), outdated, or still a draft, the longest
 * waiting first. Filtered, counted and paged in the database.
 */
export async function translationQueue(locale: Locale, requestedPage: number, now = new Date()) {
  const where: Prisma.FilmWhereInput = {
    deletedAt: null,
    translations: { some: { locale: { not: locale } } },
    OR: [{ translations: { none: { locale } } }, { translations: { some: { locale, OR: [{ outdated: true }, { status: "draft" }] } } }],
  };
  const total = await db.film.count({ where });
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const films = await db.film.findMany({
    where,
    orderBy: [{ updatedAt: "asc" }, { slug: "asc" }],
    skip: (page - 1) * QUEUE_PAGE_SIZE,
    take: QUEUE_PAGE_SIZE,
    select: {
      slug: true,
      originalTitle: true,
      sourceLocale: true,
      updatedAt: true,
      translations: {
        select: { locale: true, title: true, status: true, publishedAt: true, sourceVersion: true, textVersion: true, updatedAt: true },
      },
    },
  });
  const rows = films.map((film) => {
    const source = film.translations.find((t) => t.locale === film.sourceLocale) ?? null;
    const own = film.translations.find((t) => t.locale === locale) ?? null;
    const state: TranslationState = translationState(own, source, locale === film.sourceLocale, now);
    const waitingSince = [film.updatedAt, ...film.translations.map((t) => t.updatedAt)].reduce((a, b) => (b > a ? b : a));
    return { slug: film.slug, title: source?.title ?? film.originalTitle, state, waitingSince };
  });
  return { rows, page, pages, total };
}
