import { z } from "zod";
import { ROLES } from "@/lib/access/roles";

// Shared by the account forms (for their limits) and their server actions.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

const password = z
  .string()
  .min(PASSWORD_MIN, { message: "passwordLength" })
  .max(PASSWORD_MAX, { message: "tooLong" });

export const createAccountSchema = z.object({
  name: z.string().trim().min(1, { message: "required" }).max(120, { message: "tooLong" }),
  email: z.string().trim().toLowerCase().max(254, { message: "tooLong" }).pipe(z.email({ message: "email" })),
  password,
  role: z.enum(ROLES, { message: "role" }),
});

export const resetPasswordSchema = z.object({
  userId: z.string().min(1).max(64),
  newPassword: password,
});

export const accountStatusSchema = z.object({
  userId: z.string().min(1).max(64),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** zod issues → the ActionResult field errors, with the values their messages need. */
export function fieldErrorsOf(error: z.ZodError) {
  const limits: Record<string, Record<string, number>> = {
    passwordLength: { min: PASSWORD_MIN },
    tooLong: { max: PASSWORD_MAX },
  };
  const errors: Record<string, { key: string; values?: Record<string, number> }> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (errors[field]) continue;
    const key = issue.message in limits || ["required", "email", "role", "tooLong"].includes(issue.message) ? issue.message : "required";
    const values = key === "tooLong" && "maximum" in issue ? { max: Number(issue.maximum) } : limits[key];
    errors[field] = { key, values };
  }
  return errors;
}
