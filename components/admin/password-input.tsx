"use client";

import type { ComponentProps } from "react";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validations/account";

/** A new password, with the limits its schema enforces. */
export function PasswordInput(props: ComponentProps<"input"> & { id: string; name: string }) {
  return <input type="password" autoComplete="new-password" required minLength={PASSWORD_MIN} maxLength={PASSWORD_MAX} dir="ltr" {...props} />;
}
