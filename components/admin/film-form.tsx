"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";
import { TrailerFacade } from "@/components/review/trailer-facade";
import { saveFilm } from "@/lib/admin/actions/films";
import { FACT_FIELDS, SOURCE_KINDS, filmFieldLimits, filmSchema, suggestSlug } from "@/lib/validations/film";
import type { CodeOption } from "@/lib/iso-codes";
import type { AwardLists } from "@/lib/managed-lists";
import { parseYouTubeId } from "@/lib/youtube";
import { Field, fieldAria } from "./field";
import { ConflictMerge } from "./conflict-merge";
import { CreditsFields } from "./credits-fields";
import { FieldError, FormMessage } from "./form-message";
import { RowsField } from "./rows-field";
import { useLeaveGuard } from "./use-leave-guard";
import { useHydrated } from "./use-hydrated";
import { useSchemaCheck } from "./use-schema-check";

type Props = {
  uiLocale: Locale;
  /** Current values as strings; empty for a new film. */
  initial: Record<string, string>;
  initialGenres: string[];
  genres: { value: string; label: string }[];
  /** ISO codes with names in the editor's language (lib/iso-codes.ts). */
  languages: CodeOption[];
  countries: CodeOption[];
  /** The awarding bodies admins keep (lib/award-bodies.ts), named in the editor's language. */
  awardLists: AwardLists;
  existingSlug?: string;
  /** After a conflict: the version the form now stands on, and how to start it again on merged values (FactsEditor). */
  mergedOnto?: number | null;
  onMerge?: (values: Record<string, string>, version: number) => void;
};

const RATINGS = ["0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5"];

/** The facts of a film, entered once for all locales, with a live trailer facade. */
export function FilmForm({ uiLocale, initial, initialGenres, genres, languages, countries, awardLists, existingSlug, mergedOnto, onMerge }: Props) {
  const t = useTranslations("Admin.facts");
  const tConflict = useTranslations("Admin.conflict");
  const tFields = useTranslations("Admin.history.fields");
  const [version, setVersion] = useState(initial.version ?? "0");
  // Merged values are not saved yet: leaving asks first.
  const dirty = useRef(Boolean(mergedOnto));
  const markDirty = () => {
    dirty.current = true;
  };
  const releaseGuard = useLeaveGuard(dirty, useTranslations("Admin.translation")("leaveConfirm"));
  const router = useRouter();
  // A save that stays on this film moves the form to the new version; a refused one changes nothing.
  const [state, action, pending] = useActionState(async (previous: Awaited<ReturnType<typeof saveFilm>> | null, form: FormData) => {
    const result = await saveFilm(previous, form);
    if (result.ok) {
      dirty.current = false;
      releaseGuard();
    }
    if (result.ok && result.slug === existingSlug && result.version) {
      setVersion(String(result.version));
      // The save answers before the page is drawn again (lib/editorial/answer-first.ts).
      router.refresh();
    }
    return result;
  }, null);
  const values = state && !state.ok ? (state.values ?? initial) : initial;
  const [title, setTitle] = useState(initial.originalTitle ?? "");
  const [slug, setSlug] = useState(initial.slug ?? "");
  const [slugEdited, setSlugEdited] = useState(Boolean(existingSlug));
  const [trailerUrl, setTrailerUrl] = useState(initial.trailerUrl ?? "");
  const trailerId = parseYouTubeId(trailerUrl);
  const [localErrors, checkBeforeSending] = useSchemaCheck(filmSchema, filmFieldLimits, (form) => ({
    ...Object.fromEntries(form),
    genres: form.getAll("genres"),
    countries: form.getAll("countries"),
    localizedNames: form.getAll("localizedName"),
  }));
  const ready = useHydrated();
  const errorOf = (name: string) => localErrors?.[name] ?? state?.fieldErrors?.[name];

  useEffect(() => {
    if (!state?.ok || !state.slug) return;
    // A new film (or a new slug) lives at a new address from now on.
    if (state.slug !== existingSlug) window.location.assign(localePath(uiLocale, `/admin/films/${state.slug}`));
  }, [state, existingSlug, uiLocale]);

  const field = (name: string, label: string, input: ReactNode, hint?: string) => (
    <Field id={name} label={label} hint={hint} error={errorOf(name)}>
      {input}
    </Field>
  );
  const a11y = (name: string, hint = false) => ({ id: name, name, ...fieldAria(name, hint, errorOf(name)) });
  const text = (name: string, extra: Record<string, unknown> = {}) => <input {...a11y(name)} defaultValue={values[name] ?? ""} {...extra} />;

  return (
    <form action={action} className="admin-form film-form" onSubmit={checkBeforeSending} onChange={markDirty} data-ready={ready ? "" : undefined}>
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <input type="hidden" name="existingSlug" value={existingSlug ?? ""} />
      <input type="hidden" name="version" value={version} />
      {field(
        "originalTitle",
        t("originalTitle"),
        <input
          {...a11y("originalTitle")}
          value={title}
          dir="auto"
          required
          onChange={(e) => {
            setTitle(e.target.value);
            if (!slugEdited) setSlug(suggestSlug(e.target.value));
          }}
        />,
      )}
      {field(
        "slug",
        t("slug"),
        <input
          {...a11y("slug", true)}
          value={slug}
          dir="ltr"
          required
          onChange={(e) => {
            setSlug(e.target.value);
            setSlugEdited(true);
          }}
        />,
        t("slugHint"),
      )}
      {field(
        "originalLang",
        t("originalLang"),
        <select {...a11y("originalLang")} defaultValue={values.originalLang ?? ""} required>
          <option value="">{t("choose")}</option>
          {codeChoices(languages)}
        </select>,
      )}
      {field("year", t("year"), text("year", { inputMode: "numeric", required: true }))}
      {field("runtimeMinutes", t("runtimeMinutes"), text("runtimeMinutes", { inputMode: "numeric", required: true }))}
      {field(
        "countries",
        t("countries"),
        <select {...a11y("countries", true)} multiple size={6} defaultValue={(values.countries ?? "").split(/[\s,]+/).filter(Boolean)} required>
          {codeChoices(countries)}
        </select>,
        t("countriesHint"),
      )}
      <fieldset className="field" aria-describedby={errorOf("genres") ? "genres-error" : undefined}>
        <legend>{t("genres")}</legend>
        <FieldError state={state} field="genres" id="genres-error" />
        <div className="checkboxes">
          {genres.map((genre) => (
            <label key={genre.value}>
              <input type="checkbox" name="genres" value={genre.value} defaultChecked={initialGenres.includes(genre.value)} /> {genre.label}
            </label>
          ))}
        </div>
      </fieldset>
      {field(
        "rating",
        t("rating"),
        <select {...a11y("rating")} defaultValue={values.rating ?? ""}>
          <option value="">{t("noRating")}</option>
          {RATINGS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>,
      )}
      {field("criticName", t("criticName"), text("criticName", { dir: "auto" }))}
      <CreditsFields values={values} errorOf={errorOf} awardLists={awardLists} onChange={markDirty} />
      <fieldset className="field">
        <legend>{t("source")}</legend>
        {field(
          "sourceKind",
          t("sourceKind"),
          <select {...a11y("sourceKind")} defaultValue={values.sourceKind ?? ""}>
            <option value="">{t("none")}</option>
            {SOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>,
        )}
        {field("sourceTitle", t("sourceTitle"), text("sourceTitle", { dir: "auto" }))}
        {field("sourceYear", t("sourceYear"), text("sourceYear", { inputMode: "numeric" }))}
        <RowsField
          name="sourceAuthors"
          label={t("sourceAuthors")}
          format={t("linesFormat")}
          error={errorOf("sourceAuthors")}
          columns={[{ key: "person", label: t("person"), kind: "person" }]}
          initial={values.sourceAuthors ?? ""}
          addLabel={t("add.sourceAuthors")}
          onChange={markDirty}
        />
      </fieldset>
      {field(
        "trailerUrl",
        t("trailerUrl"),
        <input {...a11y("trailerUrl")} value={trailerUrl} dir="ltr" onChange={(e) => setTrailerUrl(e.target.value)} />,
      )}
      {field("trailerTitle", t("trailerTitle"), text("trailerTitle", { dir: "auto" }))}
      {field(
        "trailerUploadDate",
        t("trailerUploadDate"),
        <input {...a11y("trailerUploadDate", true)} type="date" defaultValue={values.trailerUploadDate ?? ""} />,
        t("trailerUploadDateHint"),
      )}
      {trailerId && (
        <section className="trailer" aria-label={t("trailerPreview")}>
          <div className="trailer__box">
            <TrailerFacade
              key={trailerId}
              videoId={trailerId}
              title={values.trailerTitle || title}
              label={t("trailerPreviewLabel", { title: values.trailerTitle || title })}
            />
          </div>
        </section>
      )}
      <fieldset className="field">
        <legend>{t("links")}</legend>
        {field("wikidataId", t("wikidataId"), text("wikidataId", { dir: "ltr" }))}
        {field("imdbId", t("imdbId"), text("imdbId", { dir: "ltr" }))}
      </fieldset>
      <FormMessage state={state} />
      {state?.theirs && onMerge && (
        <ConflictMerge
          fields={FACT_FIELDS}
          label={(field) => tFields(field)}
          base={{ ...initial, genres: [...initialGenres].sort().join(", ") }}
          mine={state.values ?? {}}
          theirs={state.theirs}
          onResolve={(merged) => onMerge(merged, state.theirs!.version)}
        />
      )}
      {mergedOnto && !state && (
        <p role="status" className="form-message">
          {tConflict("applied", { version: mergedOnto })}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}

const codeChoices = (options: CodeOption[]) =>
  options.map(({ code, name }) => (
    <option key={code} value={code}>
      {name} ({code})
    </option>
  ));
