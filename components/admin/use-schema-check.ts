"use client";

import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { zodFieldErrors } from "@/lib/validations/field-errors";

type FieldErrors = ReturnType<typeof zodFieldErrors>;

/**
 * Runs a form's zod schema in the browser before submitting: the same schema
 * its server action runs again. Invalid input (an oversized field, a bad
 * slug) is reported at once, without sending anything.
 */
export function useSchemaCheck(
  schema: z.ZodType,
  limits: Record<string, Record<string, number>> = {},
  read: (form: FormData) => Record<string, unknown> = (form) => Object.fromEntries(form),
) {
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const check = (event: FormEvent<HTMLFormElement>) => {
    const result = schema.safeParse(read(new FormData(event.currentTarget)));
    if (result.success) {
      setErrors(null);
      return;
    }
    event.preventDefault();
    setErrors(zodFieldErrors(result.error, limits));
  };
  return [errors, check] as const;
}
