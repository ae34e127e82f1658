"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { uploadPoster } from "@/lib/admin/actions/poster";
import { FieldError, FormMessage } from "./form-message";

/** Uploads a poster for one film; the server checks type and size again from the bytes. */
export function PosterForm({ slug }: { slug: string }) {
  const t = useTranslations("Admin.poster");
  const [state, action, pending] = useActionState(uploadPoster, null);
  const error = state?.fieldErrors?.poster;
  return (
    <form action={action} className="admin-form">
      <input type="hidden" name="slug" value={slug} />
      <div className="field">
        <label htmlFor="poster">{t("file")}</label>
        <input
          id="poster"
          name="poster"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "poster-error" : undefined}
        />
        <FieldError state={state} field="poster" id="poster-error" />
      </div>
      <FormMessage state={state} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("uploading") : t("upload")}
      </button>
    </form>
  );
}
