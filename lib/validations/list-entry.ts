import { z } from "zod";
import { SLUG_PATTERN } from "./slug";
import { cleanForm } from "./text";

// One schema for the managed lists' forms (awarding bodies, their categories,
// genres) and their server actions.
export const LIST_SLUG_MAX = 60;

/** Each list's messages, under Admin.* (the forms, the page and the actions' answers). */
export const LIST_MESSAGES = { "award-bodies": "awardBodies", "award-categories": "awardCategories", genres: "genres" } as const;
export const LIST_NAME_MAX = 200;

const slug = z.string().trim().min(1, { message: "slug" }).max(LIST_SLUG_MAX, { message: "slug" }).regex(SLUG_PATTERN, { message: "slug" });
const name = z.string().trim().max(LIST_NAME_MAX, { message: "tooLong" });
/** The list an entry belongs to, for a scoped list (a body's categories: the body's slug); "" for the others. */
const scope = z
  .union([z.literal(""), slug])
  .optional()
  .default("");

/** Add an entry (isNew) or rename it: its name in each locale, English required. */
export const listEntrySchema = cleanForm(
  z.object({
    slug,
    scope,
    isNew: z
      .string()
      .optional()
      .transform((value) => value === "1"),
    name_en: name.min(1, { message: "required" }),
    name_ja: name.optional().default(""),
    name_fr: name.optional().default(""),
    name_ar: name.optional().default(""),
  }),
);

/** Merge `from` into `into`: what named it moves, its entry goes. */
export const mergeEntriesSchema = cleanForm(
  z.object({ from: slug, into: slug, scope }).refine((value) => value.from !== value.into, { message: "mergeSelf", path: ["into"] }),
);
