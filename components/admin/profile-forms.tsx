"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changeOwnPassword, updateOwnName } from "@/lib/admin/actions/profile";
import { PASSWORD_MAX } from "@/lib/validations/account";
import { FieldError, FormMessage } from "./form-message";
import { PasswordInput } from "./password-input";

const invalidProps = (state: { fieldErrors?: Record<string, unknown> } | null, field: string, id: string) =>
  state?.fieldErrors?.[field] ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {};

/** The name shown with the email beside the editor's work. */
export function ProfileNameForm({ name }: { name: string }) {
  const t = useTranslations("Admin.profile");
  const [state, action, pending] = useActionState(updateOwnName, null);
  return (
    <form action={action} className="admin-form">
      <h2>{t("nameTitle")}</h2>
      <div className="field">
        <label htmlFor="profile-name">{t("name")}</label>
        <input
          id="profile-name"
          name="name"
          required
          maxLength={120}
          defaultValue={state?.values?.name ?? name}
          dir="auto"
          {...invalidProps(state, "name", "profile-name")}
        />
        <FieldError state={state} field="name" id="profile-name-error" />
      </div>
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
  const [state, action, pending] = useActionState(changeOwnPassword, null);
  return (
    <form action={action} className="admin-form" key={state?.ok ? "done" : "keep"}>
      <h2>{t("passwordTitle")}</h2>
      <div className="field">
        <label htmlFor="current-password">{t("currentPassword")}</label>
        <input
          id="current-password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          maxLength={PASSWORD_MAX}
          dir="ltr"
          {...invalidProps(state, "currentPassword", "current-password")}
        />
        <FieldError state={state} field="currentPassword" id="current-password-error" />
      </div>
      <div className="field">
        <label htmlFor="profile-new-password">{t("newPassword")}</label>
        <PasswordInput id="profile-new-password" name="newPassword" {...invalidProps(state, "newPassword", "profile-new-password")} />
        <FieldError state={state} field="newPassword" id="profile-new-password-error" />
      </div>
      <FormMessage state={state} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("savePassword")}
      </button>
    </form>
  );
}
