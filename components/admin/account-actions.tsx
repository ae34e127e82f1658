"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resetAccountPassword, setAccountDisabled } from "@/lib/admin/actions/accounts";
import { FieldError, FormMessage } from "./form-message";
import { PasswordInput } from "./password-input";
import { usePermalink } from "./use-permalink";

type Props = { userId: string; email: string; disabled: boolean; isSelf: boolean };

/** Disable/enable and password reset for one account row. */
export function AccountActions({ userId, email, disabled, isSelf }: Props) {
  const t = useTranslations("Admin.accounts");
  const statusForm = usePermalink();
  const resetForm = usePermalink();
  const [statusState, statusAction, statusPending] = useActionState(setAccountDisabled, null, statusForm.permalink);
  const [resetState, resetAction, resetPending] = useActionState(resetAccountPassword, null, resetForm.permalink);
  const fieldId = `password-${userId}`;

  return (
    <div className="account-actions">
      {!isSelf && (
        <form id={statusForm.id} action={statusAction}>
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
          <button type="submit" className="button" disabled={statusPending} aria-label={`${disabled ? t("enable") : t("disable")}: ${email}`}>
            {disabled ? t("enable") : t("disable")}
          </button>
          <FormMessage state={statusState} />
        </form>
      )}
      <form id={resetForm.id} action={resetAction} className="inline-form">
        <input type="hidden" name="userId" value={userId} />
        <label htmlFor={fieldId}>{t("resetTitle", { email })}</label>
        <PasswordInput id={fieldId} name="newPassword" aria-describedby={resetState?.fieldErrors?.newPassword ? `${fieldId}-error` : undefined} />
        <button type="submit" className="button" disabled={resetPending}>
          {t("reset")}
        </button>
        <FieldError state={resetState} field="newPassword" id={`${fieldId}-error`} />
        <FormMessage state={resetState} />
      </form>
    </div>
  );
}
