import { z } from "zod";
import { COUNTRY_CODES, LANGUAGE_CODES } from "@/lib/iso-codes";
import { parseYouTubeId } from "@/lib/youtube";
import { locales } from "@/lib/locales";
import { slugSchema } from "./slug";
import { cleanForm } from "./text";

// One schema for the film facts form and its server action. People, cast and
// awards travel one per line ("Actor | Character"): the form's row editors
// write them so, and the plain text field shown before scripts run reads the same.

export const FIRST_FILM_YEAR = 1888;
export const maxFilmYear = () => new Date().getUTCFullYear() + 1;
/** The numbers the facts form's error messages mention. */
export const filmFieldLimits = { year: { min: FIRST_FILM_YEAR, max: maxFilmYear() } };

/** The facts form's fields as it posts them (lists as "a, b", rows as lines), in its order: what a conflict compares. */
export const FACT_FIELDS = [
  "originalTitle",
  "slug",
  "originalLang",
  "year",
  "runtimeMinutes",
  "countries",
  "genres",
  "rating",
  "criticName",
  "trailerUrl",
  "trailerTitle",
  "trailerUploadDate",
  "wikidataId",
  "imdbId",
  "sourceKind",
  "sourceTitle",
  "sourceYear",
  "sourceAuthors",
  "directors",
  "writers",
  "composers",
  "cast",
  "awards",
] as const;

export const AWARD_RESULTS = ["won", "nominated"] as const;
export const SOURCE_KINDS = ["novel", "short_story", "play"] as const;

/** A Wikidata item id ("Q…") and an IMDb title id ("tt…"), in a pasted URL or alone. */
export const WIKIDATA_ID = /^(?:https?:\/\/(?:www\.|m\.)?wikidata\.org\/(?:wiki|entity)\/)?(Q[1-9][0-9]{0,11})\/?$/i;
export const IMDB_ID = /^(?:https?:\/\/(?:www\.|m\.)?imdb\.com\/title\/)?(tt[0-9]{7,10})(?:\/[^\s]*)?$/i;

/** An optional identifier on an outside site: its canonical id, null when empty, `message` when not one. */
export const externalId = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .max(300, { message })
    .transform((value, ctx) => {
      if (!value) return null;
      const id = value.match(pattern)?.[1];
      if (!id) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return id[0]!.toUpperCase() === "Q" ? id.toUpperCase() : id.toLowerCase();
    });

/** An optional calendar day (the date input's YYYY-MM-DD), not after today; null when empty. */
const pastDay = z
  .string()
  .trim()
  .max(10, { message: "day" })
  .transform((value, ctx) => {
    if (!value) return null;
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value || day.getTime() > Date.now()) {
      ctx.addIssue({ code: "custom", message: "day" });
      return z.NEVER;
    }
    return day;
  });

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

const names = z
  .string()
  .max(20_000, { message: "tooLong" })
  .transform((text) => lines(text).map((line) => line.slice(0, 200)));

/** Whole numbers in decimal digits only: `Number()` would also read "0x7E3", "1e3" or " 2 ". */
const DIGITS = /^[0-9]{1,9}$/;
const wholeNumber = (value: string) => (DIGITS.test(value) ? Number(value) : Number.NaN);

/** A number field: digits only, within [min, max], with `message` (and the bounds) when not. */
const boundedInt = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const number = wholeNumber(value);
      if (!(number >= min && number <= max)) {
        ctx.addIssue({ code: "custom", message, params: { min, max } });
        return z.NEVER;
      }
      return number;
    });

const optionalInt = (min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (!value) return null;
      const number = wholeNumber(value);
      if (!(number >= min && number <= max)) {
        ctx.addIssue({ code: "custom", message: "range", params: { min, max } });
        return z.NEVER;
      }
      return number;
    });

/** "Ryan Gosling | Driver" per line. */
const cast = z
  .string()
  .max(50_000, { message: "tooLong" })
  .transform((text, ctx) =>
    lines(text).map((line) => {
      const [person = "", character = ""] = line.split("|").map((part) => part.trim());
      if (!person) ctx.addIssue({ code: "custom", message: "castLine" });
      return { person: person.slice(0, 200), character: character.slice(0, 200) };
    }),
  );

/** "bafta | 2012 | 65 | Best Film | nominated | Person (optional)" per line. */
/**
 * Localized names typed for people this save creates (the people picker's
 * "names in other languages"): one JSON entry per field, {name, locale, value}.
 */
const localizedNames = z
  .array(z.string().max(1_000))
  .max(400)
  .transform((entries) =>
    entries.flatMap((entry) => {
      try {
        const { name, locale, value } = JSON.parse(entry) as Record<string, unknown>;
        const ok = typeof name === "string" && typeof value === "string" && (locales as readonly unknown[]).includes(locale);
        return ok && name.trim() && value.trim()
          ? [{ name: name.trim().slice(0, 200), locale: locale as string, value: value.trim().slice(0, 200) }]
          : [];
      } catch {
        return []; // a malformed entry names nobody: dropped, the rest is saved
      }
    }),
  );

const awards = z
  .string()
  .max(50_000, { message: "tooLong" })
  .transform((text, ctx) =>
    lines(text).map((line) => {
      const [body = "", year = "", edition = "", category = "", result = "", person = ""] = line.split("|").map((p) => p.trim());
      const yearNumber = wholeNumber(year);
      const editionNumber = edition ? wholeNumber(edition) : null;
      if (
        !body ||
        !category ||
        !Number.isInteger(yearNumber) ||
        yearNumber < FIRST_FILM_YEAR ||
        yearNumber > maxFilmYear() + 1 ||
        (editionNumber !== null && !Number.isInteger(editionNumber)) ||
        !(AWARD_RESULTS as readonly string[]).includes(result)
      ) {
        ctx.addIssue({ code: "custom", message: "awardLine" });
      }
      return {
        body: body.toLowerCase().slice(0, 60),
        year: yearNumber,
        edition: editionNumber,
        category: category.slice(0, 200),
        result: result as (typeof AWARD_RESULTS)[number],
        person: person.slice(0, 200) || null,
      };
    }),
  );

const filmFields = z.object({
  slug: z.string().trim().pipe(slugSchema),
  originalTitle: z.string().trim().min(1, { message: "required" }).max(300, { message: "tooLong" }),
  originalLang: z
    .string()
    .trim()
    .refine((code) => LANGUAGE_CODES.has(code), { message: "language" }),
  year: boundedInt(FIRST_FILM_YEAR, maxFilmYear(), "year"),
  runtimeMinutes: boundedInt(1, 1000, "runtime"),
  // Chosen in a multiple select (one value each); "US, FR" is read too, for scripts.
  countries: z
    .union([z.string(), z.array(z.string())])
    .transform((value) => [...new Set((Array.isArray(value) ? value : [value]).flatMap((v) => v.split(/[\s,]+/)).filter(Boolean))])
    .refine((codes) => codes.length > 0 && codes.length <= 20 && codes.every((code) => COUNTRY_CODES.has(code)), { message: "countries" }),
  genres: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(20),
  rating: z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (!value) return null;
      const halves = Number(value) * 2;
      if (!Number.isInteger(halves) || halves < 1 || halves > 10) {
        ctx.addIssue({ code: "custom", message: "rating" });
        return z.NEVER;
      }
      return halves;
    }),
  trailerUrl: z
    .string()
    .trim()
    .max(2048, { message: "trailer" })
    .transform((value, ctx) => {
      if (!value) return null;
      const id = parseYouTubeId(value);
      if (!id) {
        ctx.addIssue({ code: "custom", message: "trailer" });
        return z.NEVER;
      }
      return id;
    }),
  trailerTitle: z.string().trim().max(300, { message: "tooLong" }),
  // Optional everywhere below: facts revisions saved before these fields existed still restore.
  trailerUploadDate: pastDay.optional().default(null),
  wikidataId: externalId(WIKIDATA_ID, "wikidataId").optional().default(null),
  imdbId: externalId(IMDB_ID, "imdbId").optional().default(null),
  criticName: z.string().trim().max(200, { message: "tooLong" }).optional().default(""),
  sourceKind: z.enum(SOURCE_KINDS).or(z.literal("").transform(() => null)),
  sourceTitle: z.string().trim().max(300, { message: "tooLong" }),
  sourceYear: optionalInt(1, maxFilmYear()),
  sourceAuthors: names,
  directors: names.refine((list) => list.length > 0, { message: "required" }),
  writers: names,
  composers: names,
  cast,
  awards,
  localizedNames: localizedNames.optional().default([]),
  /** The version the editor started from; 0 for a new film. */
  version: z.coerce.number().int().min(0),
});

export const filmSchema = cleanForm(filmFields);
export type FilmInput = z.output<typeof filmFields>;

/** A URL-safe slug suggested from a title ("Cléo de 5 à 7" → "cleo-de-5-a-7"). */
export function suggestSlug(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}
