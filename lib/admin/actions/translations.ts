"use server";

import { localePath } from "@/i18n/paths";
import { ACCOUNT_IDENTITY } from "@/lib/access/identity";
import { canTranslate } from "@/lib/access/can-edit";
import { assertAccount } from "@/lib/auth/session";
import { FAILED, NOT_ALLOWED, conflictResult, orFailed, echoValues, type ActionResult, refusal, failure } from "@/lib/admin/action-result";
import { LABEL_MAX, readLabelFields, writeLabels } from "@/lib/editorial/labels";
import { recordTranslationChange } from "@/lib/editorial/film-change";
import { isLive } from "@/lib/editorial/status";
import { editorialTransaction } from "@/lib/editorial/transaction";
import { answerWithoutRender } from "@/lib/editorial/answer-first";
import { refreshAfterWrite } from "@/lib/editorial/revalidate";
import { checkVersion } from "@/lib/editorial/version-check";
import { writeTranslation, type TranslationText } from "@/lib/editorial/write-translation";
import { isLocale } from "@/lib/locales";
import { slugSchema } from "@/lib/validations/slug";
import { TEXT_FIELDS, fieldLimits, translationSchema, type TextField } from "@/lib/validations/translation";
import { zodFieldErrors } from "@/lib/validations/field-errors";

/** The other editor's saved version, for the merge view of a refused save. */
export type TheirVersion = { fields: Record<TextField, string>; version: number; status: string; publishAt: string };
export type SaveTranslationResult = ActionResult & { version?: number; theirs?: TheirVersion };

/**
 * Saves one translation. The form carries the version it started from; if
 * someone saved in between, nothing is written and the editor's text comes
 * back with who changed it and when.
 */
export async function saveTranslation(_previous: SaveTranslationResult | null, form: FormData): Promise<SaveTranslationResult> {
  let editor;
  try {
    editor = await assertAccount();
  } catch (error) {
    return refusal(error);
  }
  const values = echoValues(form);
  const slug = slugSchema.safeParse(form.get("slug"));
  const locale = String(form.get("locale"));
  const uiLocale = String(form.get("uiLocale"));
  if (!slug.success || !isLocale(locale)) return { ...FAILED, values };
  // A translator writes their own locales only; editors and admins write all.
  if (!canTranslate(editor, locale)) return { ...NOT_ALLOWED, values };
  const parsed = translationSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error, fieldLimits), values };
  const input = parsed.data;
  const labels = readLabelFields(form);
  const longLabel = [...labels].find(([, value]) => value.length > LABEL_MAX);
  if (longLabel) return { ok: false, fieldErrors: { [longLabel[0]]: { key: "tooLong", values: { max: LABEL_MAX } } }, values };

  const outcome = await orFailed(
    editorialTransaction(
      async (tx) => {
        // Every translation of the film in one read (four at most): this
        // one's current state and the source's version both come from it.
        const film = await tx.film.findFirst({
          where: { slug: slug.data, deletedAt: null },
          select: {
            id: true,
            sourceLocale: true,
            slug: true,
            listedAt: true,
            deletedAt: true,
            updatedAt: true,
            originalTitle: true,
            translations: true,
          },
        });
        if (!film) return { kind: "missing" as const };
        const current = film.translations.find((t) => t.locale === locale) ?? null;
        // Who saved in between is read only when someone did.
        const stale = (current?.version ?? 0) !== input.version;
        const updatedBy =
          stale && current?.updatedById ? await tx.user.findUnique({ where: { id: current.updatedById }, select: ACCOUNT_IDENTITY }) : null;
        const check = checkVersion(current && { ...current, updatedBy }, input.version);
        if (!check.ok) {
          const theirs: TheirVersion | undefined = current
            ? {
                fields: Object.fromEntries(TEXT_FIELDS.map((field) => [field, current[field] ?? ""])) as Record<TextField, string>,
                version: current.version,
                status: current.status,
                publishAt: current.status === "published" && current.publishedAt ? current.publishedAt.toISOString() : "",
              }
            : undefined;
          return { kind: "conflict" as const, by: check.by, at: check.at, theirs };
        }
        const text = Object.fromEntries(TEXT_FIELDS.map((field) => [field, input[field] || null])) as TranslationText;
        const publishedAt =
          input.status !== "published"
            ? (current?.publishedAt ?? null)
            : (input.publishAt ?? (current?.status === "published" && current.publishedAt ? current.publishedAt : new Date()));
        const source = film.translations.find((t) => t.locale === film.sourceLocale);
        // Character names are saved with the text: one version, one revision.
        const labelsSnapshot = await writeLabels(tx, film.id, locale, (credit) => labels.get(credit.field));
        const version = await writeTranslation(
          tx,
          { filmId: film.id, locale, sourceLocale: film.sourceLocale, sourceTextVersion: source?.textVersion ?? null },
          current,
          { text, status: input.status, publishedAt, labels: labelsSnapshot, basis: { seen: input.sourceVersion, reviewed: input.sourceReviewed } },
          editor.id,
        );
        // The film's translations as this transaction left them: what its derived columns are computed from.
        const written = { title: text.title ?? "", status: input.status, publishedAt };
        const translations = current ? film.translations.map((t) => (t.locale === locale ? written : t)) : [...film.translations, written];
        const now = new Date();
        const edit = { locale, wasLive: current !== null && isLive(current, now), isLive: isLive(written, now) };
        return { kind: "saved" as const, version, tags: await recordTranslationChange(tx, film.id, { ...film, translations }, edit) };
      },
      { timeout: 20_000 },
    ),
  );

  if (outcome.kind === "failed") return failure(outcome.error, values);
  if (outcome.kind === "missing") return { ...FAILED, values };
  if (outcome.kind === "conflict") {
    const refused = conflictResult(outcome.by, outcome.at, uiLocale, values);
    // With their version in hand, the editor merges field by field (components/admin/conflict-merge.tsx).
    return outcome.theirs ? { ...refused, message: "errors.conflictMerge", theirs: outcome.theirs } : refused;
  }
  refreshAfterWrite(outcome.tags, localePath(locale, `/reviews/${slug.data}`));
  await answerWithoutRender();
  return { ok: true, message: "translation.saved", version: outcome.version };
}
