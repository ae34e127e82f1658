"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ROLES } from "@/lib/access/roles";
import { locales } from "@/lib/locales";
import { createAccount } from "@/lib/admin/actions/accounts";
import { FieldError, FormMessage } from "./form-message";
import { PasswordInput } from "./password-input";
import { usePermalink } from "./use-permalink";

export function CreateAccountForm() {
  const t = useTranslations("Admin.accounts");
  const uiLocale = useLocale();
  const postback = usePermalink();
  const [state, action, pending] = useActionState(createAccount, null, postback.permalink);
  // After a success the form starts empty; after an error it keeps what was typed.
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const [role, setRole] = useState(values.role ?? "editor");
  const languageName = new Intl.DisplayNames([uiLocale], { type: "language" });
  const invalid = (field: string) => (state?.fieldErrors?.[field] ? { "aria-invalid": true, "aria-describedby": `new-${field}-error` } : {});

  return (
    <form id={postback.id} action={action} className="admin-form" key={state?.ok ? "reset" : "keep"}>
      <h2>{t("createTitle")}</h2>
      <div className="field">
        <label htmlFor="new-name">{t("name")}</label>
        <input id="new-name" name="name" required maxLength={120} defaultValue={values.name} {...invalid("name")} />
        <FieldError state={state} field="name" id="new-name-error" />
      </div>
      <div className="field">
        <label htmlFor="new-email">{t("email")}</label>
        <input id="new-email" name="email" type="email" required dir="ltr" defaultValue={values.email} {...invalid("email")} />
        <FieldError state={state} field="email" id="new-email-error" />
      </div>
      <div className="field">
        <label htmlFor="new-password">{t("password")}</label>
        <PasswordInput id="new-password" name="password" {...invalid("password")} />
        <FieldError state={state} field="password" id="new-password-error" />
      </div>
      <div className="field">
        <label htmlFor="new-role">{t("role")}</label>
        <select id="new-role" name="role" value={role} onChange={(e) => setRole(e.target.value)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {role === "translator" && (
        <fieldset className="field" aria-describedby={state?.fieldErrors?.translatorLocales ? "new-translatorLocales-error" : undefined}>
          <legend>{t("translatorLocales")}</legend>
          <div className="checkboxes">
            {locales.map((l) => (
              <label key={l}>
                <input type="checkbox" name="translatorLocales" value={l} /> {languageName.of(l)}
              </label>
            ))}
          </div>
          <FieldError state={state} field="translatorLocales" id="new-translatorLocales-error" />
        </fieldset>
      )}
      <FormMessage state={state} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}
