"use server";

import { assertEditor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { FAILED, NOT_ALLOWED, echoValues, type ActionResult } from "@/lib/admin/action-result";
import { revalidateFilm } from "@/lib/editorial/revalidate";
import { formatDateTime } from "@/lib/format";
import { isLocale } from "@/lib/locales";
import { slugSchema } from "@/lib/validations/slug";
import { TEXT_FIELDS, fieldLimits, translationSchema } from "@/lib/validations/translation";
import { zodFieldErrors } from "@/lib/validations/field-errors";

export type SaveTranslationResult = ActionResult & { version?: number };

/**
 * Saves one translation. The form carries the version it started from; if
 * someone saved in between, nothing is written and the editor's text comes
 * back with who changed it and when.
 */
export async function saveTranslation(_previous: SaveTranslationResult | null, form: FormData): Promise<SaveTranslationResult> {
  let editor;
  try {
    editor = await assertEditor();
  } catch {
    return NOT_ALLOWED;
  }
  const values = echoValues(form);
  const slug = slugSchema.safeParse(form.get("slug"));
  const locale = String(form.get("locale"));
  const uiLocale = String(form.get("uiLocale"));
  if (!slug.success || !isLocale(locale)) return { ...FAILED, values };
  const parsed = translationSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error, fieldLimits), values };
  const input = parsed.data;

  const outcome = await db.$transaction(async (tx) => {
    const film = await tx.film.findFirst({
      where: { slug: slug.data, deletedAt: null },
      select: { id: true, sourceLocale: true, translations: { select: { locale: true, textVersion: true } } },
    });
    if (!film) return { kind: "missing" as const };
    const current = await tx.reviewTranslation.findUnique({
      where: { filmId_locale: { filmId: film.id, locale } },
      include: { updatedBy: { select: { name: true } } },
    });
    if ((current?.version ?? 0) !== input.version) {
      return { kind: "conflict" as const, by: current?.updatedBy?.name ?? "?", at: current?.updatedAt ?? new Date() };
    }
    const text = Object.fromEntries(TEXT_FIELDS.map((field) => [field, input[field] || null])) as Record<
      (typeof TEXT_FIELDS)[number],
      string | null
    >;
    const textChanged = !current || TEXT_FIELDS.some((field) => (current[field] ?? null) !== text[field]);
    const publishedAt =
      input.status !== "published"
        ? current?.publishedAt ?? null
        : input.publishAt ?? (current?.status === "published" && current.publishedAt ? current.publishedAt : new Date());
    const source = film.translations.find((t) => t.locale === film.sourceLocale);
    const data = {
      title: text.title!,
      excerpt: text.excerpt!,
      synopsis: text.synopsis!,
      commentary: text.commentary!,
      contentWarning: text.contentWarning,
      musicNotes: text.musicNotes,
      status: input.status,
      publishedAt,
      // A translation is made from the source text as it is now.
      sourceVersion: locale === film.sourceLocale ? null : (source?.textVersion ?? null),
      version: input.version + 1,
      textVersion: current ? current.textVersion + (textChanged ? 1 : 0) : 1,
      updatedById: editor.id,
    };
    await tx.reviewTranslation.upsert({
      where: { filmId_locale: { filmId: film.id, locale } },
      create: { filmId: film.id, locale, ...data },
      update: data,
    });
    await tx.revision.create({
      data: {
        filmId: film.id,
        kind: "translation",
        locale,
        version: data.version,
        authorId: editor.id,
        snapshot: JSON.stringify({ ...text, status: data.status, publishedAt: publishedAt?.toISOString() ?? null }),
      },
    });
    return { kind: "saved" as const, version: data.version };
  });

  if (outcome.kind === "missing") return { ...FAILED, values };
  if (outcome.kind === "conflict") {
    return {
      ok: false,
      message: "errors.conflict",
      messageValues: { name: outcome.by, time: formatDateTime(outcome.at, isLocale(uiLocale) ? uiLocale : "en") },
      values,
    };
  }
  revalidateFilm(slug.data);
  return { ok: true, message: "translation.saved", version: outcome.version };
}
