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

/** The numbers the account forms' error messages mention. */
export const accountFieldLimits = {
  name: { max: 120 },
  email: { max: 254 },
  password: { min: PASSWORD_MIN, max: PASSWORD_MAX },
  newPassword: { min: PASSWORD_MIN, max: PASSWORD_MAX },
};
