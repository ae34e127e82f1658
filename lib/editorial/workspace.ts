import { db } from "@/lib/db";
import { locales } from "@/lib/locales";
import type { Locale } from "@/i18n/routing";
import { translationState, type TranslationState } from "./status";

export type EditableText = {
  title: string;
  excerpt: string;
  synopsis: string;
  commentary: string;
  contentWarning: string;
  musicNotes: string;
  posterAlt: string;
  seoTitle: string;
  seoDescription: string;
  status: string;
  /** ISO time, or "" */
  publishAt: string;
  version: number;
  /** Counts changes to the text; the source's is what translations are made from. */
  textVersion: number;
  /** The source text version this translation was made from (null for the source). */
  sourceVersion: number | null;
  state: TranslationState;
};

/** Everything the translation editor needs about one film: every locale's text, whatever its status. */
export async function getTranslationWorkspace(slug: string, now = new Date()) {
  const film = await db.film.findFirst({
    where: { slug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      originalTitle: true,
      sourceLocale: true,
      translations: true,
    },
  });
  if (!film) return null;
  const source = film.translations.find((t) => t.locale === film.sourceLocale) ?? null;
  const texts = Object.fromEntries(
    locales.map((locale) => {
      const t = film.translations.find((x) => x.locale === locale);
      if (!t) return [locale, null];
      const text: EditableText = {
        title: t.title,
        excerpt: t.excerpt,
        synopsis: t.synopsis,
        commentary: t.commentary,
        contentWarning: t.contentWarning ?? "",
        musicNotes: t.musicNotes ?? "",
        posterAlt: t.posterAlt ?? "",
        seoTitle: t.seoTitle ?? "",
        seoDescription: t.seoDescription ?? "",
        status: t.status,
        publishAt: t.status === "published" && t.publishedAt ? t.publishedAt.toISOString() : "",
        version: t.version,
        textVersion: t.textVersion,
        sourceVersion: t.sourceVersion,
        state: translationState(t, source, locale === film.sourceLocale, now),
      };
      return [locale, text];
    }),
  ) as Record<Locale, EditableText | null>;
  return { filmId: film.id, slug: film.slug, originalTitle: film.originalTitle, sourceLocale: film.sourceLocale as Locale, texts };
}

export type TranslationWorkspace = NonNullable<Awaited<ReturnType<typeof getTranslationWorkspace>>>;
