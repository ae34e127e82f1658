"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/admin/action-result";
import { FormMessage } from "./form-message";
import { usePermalink } from "./use-permalink";

type Props = {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  fields: Record<string, string>;
  /** Admin.* message key of the button text */
  label: string;
  /** Admin.* message key of a question to confirm first */
  confirm?: string;
  accessibleName?: string;
  danger?: boolean;
};

/** One button that runs one server action, asks first when told to, and reports the outcome. */
export function ActionButton({ action, fields, label, confirm, accessibleName, danger }: Props) {
  const t = useTranslations("Admin");
  const postback = usePermalink();
  const [state, formAction, pending] = useActionState(action, null, postback.permalink);
  return (
    <form
      id={postback.id}
      action={formAction}
      onSubmit={(event) => {
        if (confirm && !window.confirm(t(confirm))) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={danger ? "button button--danger" : "button"} disabled={pending} aria-label={accessibleName}>
        {t(label)}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
