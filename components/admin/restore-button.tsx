"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { restoreRevision } from "@/lib/admin/actions/revisions";
import { FormMessage } from "./form-message";

type Props = { revisionId: string; currentVersion: number; uiLocale: string; label: string };

export function RestoreButton({ revisionId, currentVersion, uiLocale, label }: Props) {
  const t = useTranslations("Admin.history");
  const [state, action, pending] = useActionState(restoreRevision, null);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("restoreConfirm"))) event.preventDefault();
      }}
    >
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="currentVersion" value={currentVersion} />
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <button type="submit" className="button" disabled={pending} aria-label={label}>
        {t("restore")}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
