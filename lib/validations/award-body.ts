import { z } from "zod";
import { SLUG_PATTERN } from "./slug";
import { cleanForm } from "./text";

// One schema for the awarding-body list's forms and their server actions.
export const AWARD_BODY_SLUG_MAX = 60;
export const AWARD_BODY_NAME_MAX = 200;

const slug = z.string().trim().min(1, { message: "slug" }).max(AWARD_BODY_SLUG_MAX, { message: "slug" }).regex(SLUG_PATTERN, { message: "slug" });
const name = z.string().trim().max(AWARD_BODY_NAME_MAX, { message: "tooLong" });

/** Add a body (isNew) or rename it: its name in each locale, English required. */
export const awardBodySchema = cleanForm(
  z.object({
    slug,
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

/** Merge `from` into `into`: its awards move, its entry goes. */
export const mergeAwardBodySchema = cleanForm(
  z.object({ from: slug, into: slug }).refine((value) => value.from !== value.into, { message: "mergeSelf", path: ["into"] }),
);
