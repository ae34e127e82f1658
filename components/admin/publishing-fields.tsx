"use client";

import { useTranslations } from "next-intl";
import { TRANSLATION_STATUSES } from "@/lib/validations/translation";
import type { FieldProblem } from "./field";
import { browserTimeZone } from "./local-time";
import { useHydrated } from "./use-hydrated";

type Props = {
  status: string;
  onStatus: (status: string) => void;
  publishAt: string;
  onPublishAt: (value: string) => void;
  error?: FieldProblem;
  /** Offered on an outdated translation: the source language's name. */
  reviewAgainst?: string;
};

/** "2030-01-01T09:00:00" in the browser's zone, for a datetime-local field, from a UTC ISO time. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** The UTC ISO time of a datetime-local value, read in the browser's zone ("" stays ""). */
function fromLocalInput(value: string): string {
  const date = new Date(value); // a date-time without an offset is local time
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : "";
}

/** Status and schedule of a translation, and for an outdated one, "checked against the source". */
export function PublishingFields({ status, onStatus, publishAt, onPublishAt, error, reviewAgainst }: Props) {
  const t = useTranslations("Admin.translation");
  const hydrated = useHydrated();
  return (
    <fieldset className="publishing">
      <legend>{t("status")}</legend>
      <div className="field">
        <label htmlFor="status">{t("status")}</label>
        <select id="status" name="status" value={status} onChange={(e) => onStatus(e.target.value)}>
          {TRANSLATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="publishAt">{t("publishAt")}</label>
        {/* Entered in the editor's own time zone; what is sent and stored is the UTC instant. */}
        <input
          id="publishAt"
          type="datetime-local"
          step={1}
          value={hydrated ? toLocalInput(publishAt) : ""}
          onChange={(e) => onPublishAt(fromLocalInput(e.target.value))}
          aria-describedby="publishAt-hint"
          aria-invalid={error ? true : undefined}
        />
        <input type="hidden" name="publishAt" value={publishAt} />
        <p id="publishAt-hint" className="hint">
          {hydrated ? t("publishAtZone", { zone: browserTimeZone() }) : null} {t("publishAtHint")}
        </p>
      </div>
      {reviewAgainst && (
        <div className="field field--check">
          <input id="sourceReviewed" name="sourceReviewed" type="checkbox" aria-describedby="sourceReviewed-hint" />
          <label htmlFor="sourceReviewed">{t("reviewed", { language: reviewAgainst })}</label>
          <p id="sourceReviewed-hint" className="hint">
            {t("reviewedHint")}
          </p>
        </div>
      )}
    </fieldset>
  );
}
