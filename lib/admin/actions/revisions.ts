"use server";

import { ACCOUNT_IDENTITY } from "@/lib/access/identity";
import { canEdit, canTranslate } from "@/lib/access/can-edit";
import { assertAccount } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { FAILED, NOT_ALLOWED, conflictResult, orFailed, type ActionResult, refusal, failure } from "@/lib/admin/action-result";
import { labelsFromSnapshot, writeLabels, type LabelsSnapshot } from "@/lib/editorial/labels";
import { filmPlaces, recordFilmChange, recordTranslationChange } from "@/lib/editorial/film-change";
import { editorialTransaction } from "@/lib/editorial/transaction";
import { refreshAfterWrite } from "@/lib/editorial/revalidate";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkVersion } from "@/lib/editorial/version-check";
import { writeFilm } from "@/lib/editorial/write-film";
import { writeTranslation, type TranslationText } from "@/lib/editorial/write-translation";
import type { FilmInput } from "@/lib/validations/film";
import { TEXT_FIELDS } from "@/lib/validations/translation";

/**
 * Brings back an earlier revision's text (or facts) as a new save, so the
 * history only grows. A translation keeps its current status: restoring never
 * publishes by itself. Refused, like any save, when someone saved since the
 * editor opened the history.
 */
export async function restoreRevision(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  let editor;
  try {
    editor = await assertAccount();
  } catch (error) {
    return refusal(error);
  }
  const revisionId = String(form.get("revisionId") ?? "");
  const expected = Number(form.get("currentVersion"));
  const uiLocale = String(form.get("uiLocale"));
  const revision = await db.revision.findUnique({
    where: { id: revisionId },
    include: { film: { select: { id: true, slug: true, sourceLocale: true, version: true, deletedAt: true } } },
  });
  if (!revision || revision.film.deletedAt || !Number.isInteger(expected)) return FAILED;
  // Facts are editors'; a translation's history is also its translator's.
  if (revision.kind === "facts" ? !canEdit(editor) : !canTranslate(editor, revision.locale ?? "")) return NOT_ALLOWED;
  const snapshot = JSON.parse(revision.snapshot) as Record<string, unknown>;
  const film = revision.film;

  const restore = async (tx: Prisma.TransactionClient) => {
    if (revision.kind === "facts") {
      const current = await tx.film.findUniqueOrThrow({ where: { id: film.id }, include: { updatedBy: { select: ACCOUNT_IDENTITY } } });
      const check = checkVersion(current, expected);
      if (!check.ok) return { kind: "conflict" as const, by: check.by, at: check.at };
      const input = snapshot as unknown as FilmInput;
      const clash = await tx.film.findUnique({ where: { slug: input.slug }, select: { id: true } });
      if (clash && clash.id !== film.id) return { kind: "failed" as const };
      const saved = await writeFilm(tx, film.id, input, editor.id);
      await tx.revision.create({
        data: { filmId: film.id, kind: "facts", version: saved.version, authorId: editor.id, snapshot: revision.snapshot },
      });
      return { kind: "restored" as const, slug: input.slug };
    }
    const locale = revision.locale ?? "";
    const current = await tx.reviewTranslation.findUnique({
      where: { filmId_locale: { filmId: film.id, locale } },
      include: { updatedBy: { select: ACCOUNT_IDENTITY } },
    });
    const check = checkVersion(current, expected);
    if (!check.ok) return { kind: "conflict" as const, by: check.by, at: check.at };
    const source = await tx.reviewTranslation.findUnique({
      where: { filmId_locale: { filmId: film.id, locale: film.sourceLocale } },
      select: { textVersion: true },
    });
    const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, (snapshot[f] as string | null) ?? null])) as TranslationText;
    const labels = await writeLabels(tx, film.id, locale, labelsFromSnapshot(snapshot.labels as LabelsSnapshot | undefined));
    await writeTranslation(
      tx,
      { filmId: film.id, locale, sourceLocale: film.sourceLocale, sourceTextVersion: source?.textVersion ?? null },
      current,
      {
        text,
        status: current?.status ?? "draft",
        publishedAt: current?.publishedAt ?? null,
        labels,
        basis: { restored: typeof snapshot.sourceVersion === "number" ? snapshot.sourceVersion : null },
      },
      editor.id,
    );
    return { kind: "restored" as const, slug: film.slug };
  };
  const outcome = await orFailed(
    editorialTransaction(async (tx) => {
      const facts = revision.kind === "facts";
      const before = facts ? await filmPlaces(tx, film.id) : null;
      const result = await restore(tx);
      if (result.kind !== "restored") return result;
      // A restored translation keeps its status and publication time, so only
      // restored facts can move the film in listings.
      return { ...result, tags: facts ? await recordFilmChange(tx, film.id, before) : await recordTranslationChange(tx, film.id) };
    }),
  );

  if (outcome.kind === "failed") return failure("error" in outcome ? outcome.error : null);
  if (outcome.kind === "conflict") return conflictResult(outcome.by, outcome.at, uiLocale);
  refreshAfterWrite(outcome.tags);
  return { ok: true, message: "history.restored", messageValues: { version: String(revision.version) } };
}
