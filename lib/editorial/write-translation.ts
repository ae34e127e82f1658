import type { Prisma } from "@/lib/generated/prisma/client";
import { SOURCE_TEXT_FIELDS, type TextField } from "@/lib/validations/translation";
import type { LabelsSnapshot } from "./labels";

export type TranslationText = Record<TextField, string | null>;

type Current = {
  version: number;
  textVersion: number;
  sourceVersion: number | null;
  status: string;
  publishedAt: Date | null;
} & TranslationText;

type Target = { filmId: string; locale: string; sourceLocale: string; sourceTextVersion: number | null };

/**
 * Which source text a save says the translation was made from:
 * - `{ seen, reviewed }`: the editor's form, which carries the source version
 *   it showed. A save that changes the text, or that the translator marks as
 *   checked against the source, is made from that version; any other save
 *   (status, schedule, labels) keeps the version the text was made from.
 * - `{ restored }`: a restored revision brings back the version its text was
 *   made from (unknown for revisions older than this record: kept as is).
 */
export type SourceBasis = { seen: number | null; reviewed: boolean } | { restored: number | null };

function sourceVersionAfter(target: Target, current: Current | null, basis: SourceBasis, textChanged: boolean): number | null {
  const latest = target.sourceTextVersion;
  if (target.locale === target.sourceLocale || latest === null) return null;
  if ("restored" in basis) return basis.restored ?? current?.sourceVersion ?? null;
  if (!current || textChanged || basis.reviewed) return Math.min(basis.seen ?? latest, latest);
  return current.sourceVersion;
}

/**
 * Writes one translation and records its revision, inside the caller's
 * transaction, after the caller has checked the version it started from.
 * textVersion moves only when the text changed. "Outdated" follows from the
 * source version the text was made from, so it survives status-only saves and
 * restores, and clears only when the text is saved against the current source.
 */
export async function writeTranslation(
  tx: Prisma.TransactionClient,
  target: Target,
  current: Current | null,
  change: { text: TranslationText; status: string; publishedAt: Date | null; labels?: LabelsSnapshot; basis: SourceBasis },
  editorId: string,
) {
  const textChanged = !current || SOURCE_TEXT_FIELDS.some((field) => (current[field] ?? null) !== change.text[field]);
  const sourceVersion = sourceVersionAfter(target, current, change.basis, textChanged);
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
    sourceVersion,
    outdated: sourceVersion !== null && target.sourceTextVersion !== null && sourceVersion < target.sourceTextVersion,
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
      textVersion: data.textVersion,
      authorId: editorId,
      snapshot: JSON.stringify({
        ...change.text,
        status: data.status,
        publishedAt: data.publishedAt?.toISOString() ?? null,
        labels: change.labels,
        sourceVersion: data.sourceVersion,
      }),
    },
  });
  return data.version;
}
