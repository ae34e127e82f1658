import { db } from "@/lib/db";
import { locales } from "@/lib/locales";
import type { Locale } from "@/i18n/routing";
import { TRANSLATION_STATES, translationState, type TranslationState } from "./status";

export const PAGE_SIZE = 20;

export type ReviewListFilters = { q?: string; status?: TranslationState; locale?: Locale; page: number };

/**
 * The editors' list: one row per film with each locale's state. States are
 * computed (outdated depends on the source's version), so the state filter
 * runs after the query; the title filter runs in the database.
 */
export async function listFilmsForEditors(uiLocale: Locale, filters: ReviewListFilters, now = new Date()) {
  const q = filters.q?.trim().slice(0, 200);
  const films = await db.film.findMany({
    where: {
      deletedAt: null,
      ...(q ? { OR: [{ originalTitle: { contains: q } }, { translations: { some: { title: { contains: q } } } }] } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
    select: {
      slug: true,
      year: true,
      originalTitle: true,
      sourceLocale: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
      translations: {
        select: { locale: true, title: true, status: true, publishedAt: true, sourceVersion: true, textVersion: true, updatedAt: true, updatedBy: { select: { name: true } } },
      },
    },
  });

  const rows = films.map((film) => {
    const source = film.translations.find((t) => t.locale === film.sourceLocale) ?? null;
    const states = Object.fromEntries(
      locales.map((l) => {
        const t = film.translations.find((x) => x.locale === l) ?? null;
        return [l, translationState(t, source, l === film.sourceLocale, now)];
      }),
    ) as Record<Locale, TranslationState>;
    const title =
      film.translations.find((t) => t.locale === uiLocale)?.title ?? source?.title ?? film.originalTitle;
    // The latest change to the facts or any translation, and who made it.
    const latest = [film, ...film.translations].reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
    return {
      slug: film.slug,
      year: film.year,
      title,
      updatedAt: latest.updatedAt,
      updatedBy: latest.updatedBy?.name ?? null,
      states,
    };
  });

  const matching = rows.filter((row) => {
    if (!filters.status) return true;
    const checked = filters.locale ? [row.states[filters.locale]] : Object.values(row.states);
    return checked.includes(filters.status);
  });
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page), pages);
  return { rows: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), page, pages, total: matching.length };
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
