"use server";

import { ACCOUNT_IDENTITY } from "@/lib/access/identity";
import { awardCategoryIds } from "@/lib/award-bodies";
import { assertEditor } from "@/lib/auth/session";
import { FAILED, conflictResult, type ActionResult, refusal, failure } from "@/lib/admin/action-result";
import { filmPlaces, recordFilmChange } from "@/lib/editorial/film-change";
import { editorialTransaction } from "@/lib/editorial/transaction";
import { answerWithoutRender } from "@/lib/editorial/answer-first";
import { refreshAfterWrite } from "@/lib/editorial/revalidate";
import { checkVersion } from "@/lib/editorial/version-check";
import { getFilmFormValues } from "@/lib/editorial/facts";
import { writeFilm } from "@/lib/editorial/write-film";
import { zodFieldErrors } from "@/lib/validations/field-errors";
import { filmFieldLimits, filmSchema } from "@/lib/validations/film";

/** The facts as saved by someone else in between, in the form's shape (lib/editorial/facts.ts). */
export type TheirFacts = { values: Record<string, string>; version: number };
export type SaveFilmResult = ActionResult & { version?: number; slug?: string; theirs?: TheirFacts };

// Countries and genres come back in the form's order and are stored in the
// film's: sorted, the same set reads the same.
const sortedList = (list = "") =>
  list
    .split(/[\s,]+/)
    .filter(Boolean)
    .sort()
    .join(", ");

/**
 * Creates a film or saves its facts, for every locale at once. Like
 * translations, the save carries the version it started from and is refused
 * when someone else saved in between; every save keeps a revision.
 */
export async function saveFilm(_previous: SaveFilmResult | null, form: FormData): Promise<SaveFilmResult> {
  let editor;
  try {
    editor = await assertEditor();
  } catch (error) {
    return refusal(error);
  }
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    // Several values under one name (the countries) come back as one list.
    if (typeof value === "string" && !key.startsWith("$")) values[key] = key in values ? `${values[key]}, ${value}` : value;
  }
  const uiLocale = String(form.get("uiLocale"));
  const existingSlug = String(form.get("existingSlug") ?? "");
  const parsed = filmSchema.safeParse({
    ...Object.fromEntries(form),
    genres: form.getAll("genres"),
    countries: form.getAll("countries"),
    localizedNames: form.getAll("localizedName"),
  });
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error, filmFieldLimits), values };
  const input = parsed.data;

  try {
    const outcome = await editorialTransaction(
      async (tx) => {
        const film = existingSlug
          ? await tx.film.findFirst({ where: { slug: existingSlug }, include: { updatedBy: { select: ACCOUNT_IDENTITY } } })
          : null;
        if (existingSlug && !film) return { kind: "missing" as const };
        const check = checkVersion(film, input.version);
        if (!check.ok) return { kind: "conflict" as const, by: check.by, at: check.at };
        const clash = await tx.film.findUnique({ where: { slug: input.slug }, select: { id: true } });
        if (clash && clash.id !== film?.id) return { kind: "slugTaken" as const };
        const bodies = [...new Set(input.awards.map((a) => a.body))];
        const listed = await tx.awardBody.findMany({ where: { slug: { in: bodies } }, select: { slug: true } });
        const unlisted = bodies.find((body) => !listed.some((l) => l.slug === body));
        if (unlisted) return { kind: "unlistedBody" as const, body: unlisted };
        const categoryOf = await awardCategoryIds(tx, input.awards);
        const uncategorized = input.awards.find((a) => !categoryOf(a.body, a.category));
        if (uncategorized) return { kind: "unlistedCategory" as const, ...uncategorized };
        // A genre merged away while this form was open: say so rather than drop it.
        const genres = await tx.genre.findMany({ where: { slug: { in: input.genres } }, select: { slug: true } });
        const unlistedGenre = input.genres.find((genre) => !genres.some((g) => g.slug === genre));
        if (unlistedGenre) return { kind: "unlistedGenre" as const, genre: unlistedGenre };
        const before = film && (await filmPlaces(tx, film.id));
        const saved = await writeFilm(tx, film?.id ?? null, input, editor.id);
        await tx.revision.create({
          data: { filmId: saved.id, kind: "facts", version: saved.version, authorId: editor.id, snapshot: JSON.stringify(input) },
        });
        return { kind: "saved" as const, version: saved.version, tags: await recordFilmChange(tx, saved.id, before) };
      },
      { timeout: 20_000 },
    );
    if (outcome.kind === "missing") return { ...FAILED, values };
    if (outcome.kind === "slugTaken") return { ok: false, fieldErrors: { slug: { key: "slugTaken" } }, values };
    if (outcome.kind === "unlistedBody") return { ok: false, fieldErrors: { awards: { key: "awardBody", values: { body: outcome.body } } }, values };
    if (outcome.kind === "unlistedCategory") {
      return { ok: false, fieldErrors: { awards: { key: "awardCategory", values: { category: outcome.category, body: outcome.body } } }, values };
    }
    if (outcome.kind === "unlistedGenre") return { ok: false, fieldErrors: { genres: { key: "genre", values: { genre: outcome.genre } } }, values };
    if (outcome.kind === "conflict")
      return { ...conflictResult(outcome.by, outcome.at, uiLocale, values), ...(await theirFacts(existingSlug, values)) };
    refreshAfterWrite(outcome.tags);
    await answerWithoutRender();
    return { ok: true, message: "facts.saved", version: outcome.version, slug: input.slug };
  } catch (error) {
    return failure(error, values);
  }
}

/** A refused save: the version saved in between, for the form to merge field by field, and the editor's own values lined up with it. */
async function theirFacts(slug: string, values: Record<string, string>): Promise<Partial<SaveFilmResult>> {
  const current = await getFilmFormValues(slug);
  if (!current) return {};
  for (const list of ["countries", "genres"]) values[list] = sortedList(values[list]);
  const theirs = { ...current.values, countries: sortedList(current.values.countries), genres: sortedList(current.genres.join(" ")) };
  return { message: "errors.conflictMerge", values, theirs: { values: theirs, version: Number(current.values.version) } };
}
