"use client";

import { useState } from "react";
import { diffWordsWithSpace } from "diff";
import { useTranslations } from "next-intl";
import type { TheirVersion } from "@/lib/admin/actions/translations";
import { localeDirection } from "@/lib/locales";
import { TEXT_FIELDS, type TextField } from "@/lib/validations/translation";
import { DiffText } from "./diff-text";

type Choice = "mine" | "theirs" | "edit";
type Props = {
  mine: Record<TextField, string>;
  theirs: TheirVersion;
  /** The language being written, for the texts' lang and direction. */
  target: string;
  /** Called with the merged text; the form then saves it on top of their version. */
  onResolve: (merged: Record<TextField, string>, theirs: TheirVersion) => void;
};

/**
 * A refused save, resolved field by field: each field both editors changed
 * differently is shown with the other version beside yours and the words
 * that differ marked; keep yours, take theirs, or edit a text of both.
 */
export function ConflictMerge({ mine, theirs, target, onResolve }: Props) {
  const t = useTranslations("Admin.conflict");
  const fields = TEXT_FIELDS.filter((field) => (mine[field] ?? "") !== (theirs.fields[field] ?? ""));
  const [choices, setChoices] = useState<Record<string, Choice>>(() => Object.fromEntries(fields.map((f) => [f, "mine"])));
  const [edits, setEdits] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f, [mine[f], theirs.fields[f]].filter(Boolean).join("\n\n")])),
  );
  const tFields = useTranslations("Admin.translation.fields");
  const lang = { lang: target, dir: localeDirection(target) };

  const resolve = () => {
    const merged = { ...mine };
    for (const field of fields) {
      const choice = choices[field];
      merged[field] = choice === "theirs" ? theirs.fields[field] : choice === "edit" ? (edits[field] ?? "") : mine[field];
    }
    onResolve(merged, theirs);
  };

  return (
    <section className="conflict-merge" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{t("heading", { version: theirs.version })}</h2>
      <p>{fields.length === 0 ? t("same") : t("intro")}</p>
      {fields.map((field) => {
        const name = tFields(field);
        return (
          <fieldset key={field} className="conflict-merge__field">
            <legend>{name}</legend>
            <div className="conflict-merge__versions">
              <div>
                <p className="hint">{t("theirs")}</p>
                <p className="revision-diff__text" {...lang}>
                  {theirs.fields[field] || t("empty")}
                </p>
              </div>
              <div>
                <p className="hint">{t("mine")}</p>
                <p className="revision-diff__text" {...lang}>
                  {mine[field] || t("empty")}
                </p>
              </div>
            </div>
            <p className="hint">{t("differences")}</p>
            <DiffText
              parts={diffWordsWithSpace(theirs.fields[field] ?? "", mine[field] ?? "")}
              lang={target}
              addedLabel={t("onlyMine")}
              removedLabel={t("onlyTheirs")}
            />
            <div className="checkboxes" role="radiogroup" aria-label={t("choose", { field: name })}>
              {(["mine", "theirs", "edit"] as const).map((choice) => (
                <label key={choice}>
                  <input
                    type="radio"
                    name={`merge-${field}`}
                    checked={choices[field] === choice}
                    onChange={() => setChoices({ ...choices, [field]: choice })}
                  />{" "}
                  {t(`keep.${choice}`)}
                </label>
              ))}
            </div>
            {choices[field] === "edit" && (
              <>
                <label htmlFor={`merge-edit-${field}`} className="visually-hidden">
                  {t("editLabel", { field: name })}
                </label>
                <textarea
                  id={`merge-edit-${field}`}
                  value={edits[field] ?? ""}
                  onChange={(e) => setEdits({ ...edits, [field]: e.target.value })}
                  rows={6}
                  {...lang}
                />
              </>
            )}
          </fieldset>
        );
      })}
      <button type="button" className="button button--primary" onClick={resolve}>
        {t("apply")}
      </button>
    </section>
  );
}
