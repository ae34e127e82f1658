import type { Prisma } from "@/lib/generated/prisma/client";
import { SOURCE_TEXT_FIELDS, type TextField } from "@/lib/validations/translation";
import type { LabelsSnapshot } from "./labels";

export type TranslationText = Record<TextField, string | null>;

type Current = {
  version: number;
  textVersion: number;
  status: string;
  publishedAt: Date | null;
} & TranslationText;

/**
 * Writes one translation and records its revision, inside the caller's
 * transaction, after the caller has checked the version it started from.
 * textVersion moves only when the text changed, and a non-source translation
 * records the source text version it was made from.
 */
export async function writeTranslation(
  tx: Prisma.TransactionClient,
  target: { filmId: string; locale: string; sourceLocale: string; sourceTextVersion: number | null },
  current: Current | null,
  change: { text: TranslationText; status: string; publishedAt: Date | null; labels?: LabelsSnapshot },
  editorId: string,
) {
  const textChanged = !current || SOURCE_TEXT_FIELDS.some((field) => (current[field] ?? null) !== change.text[field]);
  const data = {
    title: change.text.title ?? "",
    excerpt: change.text.excerpt ?? "",
    synopsis: change.text.synopsis ?? "",
    commentary: change.text.commentary ?? "",
    contentWarning: change.text.contentWarning,
    musicNotes: change.text.musicNotes,
    posterAlt: change.text.posterAlt,
    seoTitle: change.text.seoTitle,
    seoDescription: change.text.seoDescription,
    status: change.status,
    publishedAt: change.publishedAt,
    sourceVersion: target.locale === target.sourceLocale ? null : target.sourceTextVersion,
    // Saved against the current source text (or it is the source): up to date.
    outdated: false,
    version: (current?.version ?? 0) + 1,
    textVersion: current ? current.textVersion + (textChanged ? 1 : 0) : 1,
    updatedById: editorId,
  };
  await tx.reviewTranslation.upsert({
    where: { filmId_locale: { filmId: target.filmId, locale: target.locale } },
    create: { filmId: target.filmId, locale: target.locale, ...data },
    update: data,
  });
  if (target.locale === target.sourceLocale && textChanged) {
    // The source text moved on: translations made from an older version are now
    // outdated. Raw SQL so their own updatedAt (who last touched them) stays.
    await tx.$executeRaw`UPDATE "ReviewTranslation" SET "outdated" = true
      WHERE "filmId" = ${target.filmId} AND "locale" <> ${target.locale} AND "sourceVersion" < ${data.textVersion}`;
  }
  await tx.revision.create({
    data: {
      filmId: target.filmId,
      kind: "translation",
      locale: target.locale,
      version: data.version,
      authorId: editorId,
      snapshot: JSON.stringify({
        ...change.text,
        status: data.status,
        publishedAt: data.publishedAt?.toISOString() ?? null,
        labels: change.labels,
      }),
    },
  });
  return data.version;
}
