import { z } from "zod";
import { parseYouTubeId } from "@/lib/youtube";
import { slugSchema } from "./slug";

// One schema for the film facts form and its server action. People, cast and
// awards are typed one per line, so the form works without JavaScript.

export const FIRST_FILM_YEAR = 1888;
export const maxFilmYear = () => new Date().getUTCFullYear() + 1;
/** The numbers the facts form's error messages mention. */
export const filmFieldLimits = { year: { min: FIRST_FILM_YEAR, max: maxFilmYear() } };

export const AWARD_RESULTS = ["won", "nominated"] as const;
export const SOURCE_KINDS = ["novel", "short_story", "play"] as const;

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

const names = z
  .string()
  .max(20_000, { message: "tooLong" })
  .transform((text) => lines(text).map((line) => line.slice(0, 200)));

const isRegion = (code: string) => {
  try {
    return new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }).of(code) !== undefined;
  } catch {
    return false;
  }
};

const isLanguageTag = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};

const optionalInt = (min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (!value) return null;
      const number = Number(value);
      if (!Number.isInteger(number) || number < min || number > max) {
        ctx.addIssue({ code: "custom", message: "range" });
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
const awards = z
  .string()
  .max(50_000, { message: "tooLong" })
  .transform((text, ctx) =>
    lines(text).map((line) => {
      const [body = "", year = "", edition = "", category = "", result = "", person = ""] = line.split("|").map((p) => p.trim());
      const yearNumber = Number(year);
      const editionNumber = edition ? Number(edition) : null;
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

export const filmSchema = z.object({
  slug: z.string().trim().pipe(slugSchema),
  originalTitle: z.string().trim().min(1, { message: "required" }).max(300, { message: "tooLong" }),
  originalLang: z.string().trim().refine(isLanguageTag, { message: "language" }),
  year: z.coerce
    .number({ message: "year" })
    .int({ message: "year" })
    .refine((y) => y >= FIRST_FILM_YEAR && y <= maxFilmYear(), { message: "year" }),
  runtimeMinutes: z.coerce.number({ message: "runtime" }).int({ message: "runtime" }).min(1, { message: "runtime" }).max(1000, { message: "runtime" }),
  countries: z
    .string()
    .transform((text) => text.split(/[\s,]+/).map((c) => c.trim().toUpperCase()).filter(Boolean))
    .refine((codes) => codes.length > 0 && codes.every((code) => /^[A-Z]{2}$/.test(code) && isRegion(code)), { message: "countries" }),
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
  /** The version the editor started from; 0 for a new film. */
  version: z.coerce.number().int().min(0),
});

export type FilmInput = z.output<typeof filmSchema>;

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
