"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changeOwnPassword, updateOwnName } from "@/lib/admin/actions/profile";
import { PASSWORD_MAX } from "@/lib/validations/account";
import { Field, fieldAria } from "./field";
import { FormMessage } from "./form-message";
import { PasswordInput } from "./password-input";
import { usePermalink } from "./use-permalink";

/** The name shown with the email beside the editor's work. */
export function ProfileNameForm({ name }: { name: string }) {
  const t = useTranslations("Admin.profile");
  const postback = usePermalink();
  const [state, action, pending] = useActionState(updateOwnName, null, postback.permalink);
  const error = state?.fieldErrors?.name;
  return (
    <form id={postback.id} action={action} className="admin-form">
      <h2>{t("nameTitle")}</h2>
      <Field id="profile-name" label={t("name")} error={error}>
        <input
          id="profile-name"
          name="name"
          required
          maxLength={120}
          defaultValue={state?.values?.name ?? name}
          dir="auto"
          {...fieldAria("profile-name", false, error)}
        />
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("saveName")}
      </button>
    </form>
  );
}

/** A new password, only with the current one. */
export function ProfilePasswordForm() {
  const t = useTranslations("Admin.profile");
  const postback = usePermalink();
  const [state, action, pending] = useActionState(changeOwnPassword, null, postback.permalink);
  const currentError = state?.fieldErrors?.currentPassword;
  const newError = state?.fieldErrors?.newPassword;
  return (
    <form id={postback.id} action={action} className="admin-form" key={state?.ok ? "done" : "keep"}>
      <h2>{t("passwordTitle")}</h2>
      <Field id="current-password" label={t("currentPassword")} error={currentError}>
        <input
          id="current-password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          maxLength={PASSWORD_MAX}
          dir="ltr"
          {...fieldAria("current-password", false, currentError)}
        />
      </Field>
      <Field id="profile-new-password" label={t("newPassword")} error={newError}>
        <PasswordInput id="profile-new-password" name="newPassword" {...fieldAria("profile-new-password", false, newError)} />
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("savePassword")}
      </button>
    </form>
  );
}
