import { db } from "@/lib/db";
import { plainText } from "@/lib/markdown/plain-text";
import { MARK_END, MARK_START } from "./query";

// What the search index holds for each published translation: what a reader
// may find a review by, in that translation's language. Spoiler blocks never
// get here (plainText drops them), so no search can reveal or match them.

export type SearchDocument = {
  translationId: string;
  filmId: string;
  filmSlug: string;
  locale: string;
  /** The film's source locale: the fallback after the default locale. */
  sourceLocale: string;
  publishedAt: number;
  title: string;
  people: string;
  body: string;
};

/** Which translation a document is, in the order both indexes store it: translation, film, slug, locale, source locale, publication time. */
export const documentKey = (doc: SearchDocument) =>
  [doc.translationId, doc.filmId, doc.filmSlug, doc.locale, doc.sourceLocale, doc.publishedAt] as const;

/** All of a document's searchable text in one string. */
export const allText = (doc: SearchDocument) => `${doc.title} ${doc.people} ${doc.body}`;

const clean = (text: string) => text.replaceAll(MARK_START, " ").replaceAll(MARK_END, " ");

/** The documents of the given films' published translations (scheduled ones included; the query checks the time). */
export async function documentsFor(filmIds: readonly string[]): Promise<SearchDocument[]> {
  const found = await db.film.findMany({
    // Films in the trash are left out below rather than in the query, for the
    // reason given in reviewSummaries (lib/reviews.ts): SQLite would pick the
    // index on deletedAt and read every film.
    where: { id: { in: [...filmIds] } },
    select: {
      deletedAt: true,
      id: true,
      slug: true,
      sourceLocale: true,
      originalTitle: true,
      credits: {
        select: {
          character: true,
          person: { select: { name: true, translations: { select: { locale: true, name: true } } } },
          translations: { select: { locale: true, character: true } },
        },
      },
      translations: {
        where: { status: "published", publishedAt: { not: null } },
        select: {
          id: true,
          locale: true,
          publishedAt: true,
          title: true,
          excerpt: true,
          synopsis: true,
          commentary: true,
          musicNotes: true,
          contentWarning: true,
        },
      },
    },
  });
  return found
    .filter((film) => film.deletedAt === null)
    .flatMap((film) =>
      film.translations.map((t) => {
        const people = film.credits.flatMap((c) => [
          c.person.name,
          c.person.translations.find((p) => p.locale === t.locale)?.name ?? "",
          c.translations.find((ct) => ct.locale === t.locale)?.character ?? c.character ?? "",
        ]);
        const body = [t.excerpt, t.synopsis, t.commentary, t.musicNotes ?? "", t.contentWarning ?? ""].map(plainText);
        return {
          translationId: t.id,
          filmId: film.id,
          filmSlug: film.slug,
          locale: t.locale,
          sourceLocale: film.sourceLocale,
          publishedAt: t.publishedAt!.getTime(),
          title: clean(`${t.title} ${film.originalTitle}`),
          people: clean([...new Set(people.filter(Boolean))].join(" · ")),
          body: clean(body.filter(Boolean).join(" ")),
        };
      }),
    );
}
