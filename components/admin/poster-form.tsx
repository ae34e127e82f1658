"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { uploadPoster } from "@/lib/admin/actions/poster";
import { POSTER_MAX_BYTES, POSTER_TYPES } from "@/lib/validations/poster";
import { FieldError, FormMessage } from "./form-message";
import { usePermalink } from "./use-permalink";

/** Uploads a poster for one film; the server checks type and size again from the bytes. */
export function PosterForm({ slug }: { slug: string }) {
  const t = useTranslations("Admin.poster");
  const tError = useTranslations("Admin.errors");
  const postback = usePermalink();
  const [state, action, pending] = useActionState(uploadPoster, null, postback.permalink);
  // Checked here too, so a huge file is refused before it is sent at all.
  const [localError, setLocalError] = useState<string | null>(null);
  const error = localError ?? state?.fieldErrors?.poster?.key;
  return (
    <form
      id={postback.id}
      action={action}
      className="admin-form"
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("poster") as HTMLInputElement).files?.[0];
        const problem = !file ? "posterMissing" : file.size > POSTER_MAX_BYTES ? "posterTooLarge" : null;
        setLocalError(problem);
        if (problem) event.preventDefault();
      }}
    >
      <input type="hidden" name="slug" value={slug} />
      <div className="field">
        <label htmlFor="poster">{t("file")}</label>
        <input
          id="poster"
          name="poster"
          type="file"
          accept={POSTER_TYPES.join(",")}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "poster-error" : undefined}
        />
        {localError ? (
          <p id="poster-error" className="field-error">
            {tError(localError)}
          </p>
        ) : (
          <FieldError state={state} field="poster" id="poster-error" />
        )}
      </div>
      <FormMessage state={state} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("uploading") : t("upload")}
      </button>
    </form>
  );
}
