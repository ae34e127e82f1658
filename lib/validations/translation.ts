import { z } from "zod";
import { MARKDOWN_LIMITS, markdownProblem } from "@/lib/markdown/bounds";
import { cleanForm } from "./text";

// One schema for the translation editor's form and its server action.
export const TEXT_FIELD_MAX_BYTES = 100 * 1024;
export const TITLE_MAX = 300;
export const EXCERPT_MAX = 600;
/** What search engines show, roughly; the counters say so, the limits are looser. */
export const SEO_TITLE_ADVICE = 60;
export const SEO_DESCRIPTION_ADVICE = 160;
export const SEO_TITLE_MAX = 200;
export const SEO_DESCRIPTION_MAX = 400;
export const TRANSLATION_STATUSES = ["draft", "published", "unpublished"] as const;

const bytes = (value: string) => new TextEncoder().encode(value).length;

const longText = z
  .string()
  .refine((value) => bytes(value) <= TEXT_FIELD_MAX_BYTES, { message: "tooLarge", abort: true })
  .transform((value) => value.replace(/\r\n/g, "\n").trim())
  .superRefine((value, ctx) => {
    // Beyond these the markdown parser's time grows too fast (lib/markdown/bounds.ts).
    const problem = markdownProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem, params: { ...MARKDOWN_LIMITS } });
  });

const required = (schema: typeof longText) => schema.refine((value) => value.length > 0, { message: "required" });

/** A `datetime-local` value read as UTC (the admin states times in UTC), or null when empty. */
const scheduleTime = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "invalidDate" });
      return z.NEVER;
    }
    return date;
  });

const translationFields = z.object({
  title: z.string().trim().min(1, { message: "required" }).max(TITLE_MAX, { message: "tooLong" }),
  excerpt: z.string().trim().min(1, { message: "required" }).max(EXCERPT_MAX, { message: "tooLong" }),
  synopsis: required(longText),
  commentary: required(longText),
  contentWarning: longText,
  musicNotes: longText,
  posterAlt: z.string().trim().max(TITLE_MAX, { message: "tooLong" }).optional().default(""),
  seoTitle: z.string().trim().max(SEO_TITLE_MAX, { message: "tooLong" }).optional().default(""),
  seoDescription: z.string().trim().max(SEO_DESCRIPTION_MAX, { message: "tooLong" }).optional().default(""),
  status: z.enum(TRANSLATION_STATUSES, { message: "required" }),
  publishAt: scheduleTime,
  /** The version the editor started from; 0 for a translation that does not exist yet. */
  version: z.coerce.number().int().min(0),
  /** The source text version the editor was shown beside this one (lib/editorial/write-translation.ts). */
  sourceVersion: z
    .string()
    .optional()
    .transform((value) => (value && /^\d{1,9}$/.test(value) ? Number(value) : null)),
  /** "Checked against the current source": an outdated translation whose text needs no change. */
  sourceReviewed: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});

export const translationSchema = cleanForm(translationFields);
export type TranslationInput = z.output<typeof translationFields>;

/** Every text field of a translation: saved, diffed and restored together. */
export const TEXT_FIELDS = [
  "title",
  "excerpt",
  "synopsis",
  "commentary",
  "contentWarning",
  "musicNotes",
  "posterAlt",
  "seoTitle",
  "seoDescription",
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The fields whose change makes other translations outdated; search metadata is each locale's own business. */
export const SOURCE_TEXT_FIELDS: readonly TextField[] = TEXT_FIELDS.filter((f) => f !== "seoTitle" && f !== "seoDescription");

export const fieldLimits: Record<string, Record<string, number>> = {
  title: { max: TITLE_MAX },
  posterAlt: { max: TITLE_MAX },
  excerpt: { max: EXCERPT_MAX },
  seoTitle: { max: SEO_TITLE_MAX },
  seoDescription: { max: SEO_DESCRIPTION_MAX },
};
