import { z } from "zod";
import { ROLES } from "@/lib/access/roles";
import { locales } from "@/lib/locales";
import { cleanForm } from "./text";

// Shared by the account forms (for their limits) and their server actions.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

const password = z.string().min(PASSWORD_MIN, { message: "passwordLength" }).max(PASSWORD_MAX, { message: "tooLong" });

/** A display name: shown beside the email wherever the account's work appears. */
const displayName = z.string().trim().min(1, { message: "required" }).max(120, { message: "tooLong" });

export const createAccountSchema = cleanForm(
  z
    .object({
      name: displayName,
      email: z
        .string()
        .trim()
        .toLowerCase()
        .max(254, { message: "tooLong" })
        .pipe(z.email({ message: "email" })),
      password,
      role: z.enum(ROLES, { message: "role" }),
      /** A translator's locales (checkboxes); ignored for other roles. */
      translatorLocales: z.array(z.enum(locales)).max(locales.length).optional().default([]),
    })
    .refine((account) => account.role !== "translator" || account.translatorLocales.length > 0, {
      message: "translatorLocales",
      path: ["translatorLocales"],
    }),
);

export const resetPasswordSchema = z.object({
  userId: z.string().min(1).max(64),
  newPassword: password,
});

/** An editor's own profile: the name they go by. */
export const profileNameSchema = cleanForm(z.object({ name: displayName }));

/** An editor's own password: the current one proves it is them at the keyboard. */
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { message: "required" }).max(PASSWORD_MAX, { message: "tooLong" }),
  newPassword: password,
});

export const accountStatusSchema = z.object({
  userId: z.string().min(1).max(64),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** The numbers the account forms' error messages mention. */
export const accountFieldLimits = {
  name: { max: 120 },
  email: { max: 254 },
  password: { min: PASSWORD_MIN, max: PASSWORD_MAX },
  newPassword: { min: PASSWORD_MIN, max: PASSWORD_MAX },
  currentPassword: { max: PASSWORD_MAX },
};
