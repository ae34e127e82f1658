"use client";

import { useState } from "react";
import { diffWordsWithSpace } from "diff";
import { useTranslations } from "next-intl";
import { localeDirection } from "@/lib/locales";
import { DiffText } from "./diff-text";

type Choice = "mine" | "theirs" | "edit";
type Values = Record<string, string>;
type Props = {
  /** The fields that can differ, in the form's order. */
  fields: readonly string[];
  /** Each field's name in the editor's language. */
  label: (field: string) => string;
  /** What this editor started from, what they sent, and the version saved in between. */
  base: Values;
  mine: Values;
  theirs: { values: Values; version: number };
  /** The language being written, for the texts' lang and direction (none for facts). */
  target?: string;
  /** Called with the merged values; the form then saves them on top of their version. */
  onResolve: (merged: Values) => void;
};

// Line endings differ between a textarea's post and the stored text; they are not a difference.
const same = (a = "", b = "") => a.replace(/\r\n/g, "\n").trim() === b.replace(/\r\n/g, "\n").trim();

/**
 * A refused save, resolved field by field: each field the two versions hold
 * differently is shown with the other version beside yours and the words
 * that differ marked; keep yours, take theirs, or edit a text of both. A
 * field only they changed starts on theirs, one you changed on yours.
 */
export function ConflictMerge({ fields: all, label, base, mine, theirs, target, onResolve }: Props) {
  const t = useTranslations("Admin.conflict");
  const fields = all.filter((field) => !same(mine[field], theirs.values[field]));
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(fields.map((f) => [f, same(mine[f], base[f]) ? "theirs" : "mine"])),
  );
  const [edits, setEdits] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f, [mine[f], theirs.values[f]].filter(Boolean).join("\n\n")])),
  );
  const lang = target ? { lang: target, dir: localeDirection(target) } : { dir: "auto" as const };

  const resolve = () => {
    const merged = { ...mine };
    for (const field of fields) {
      const choice = choices[field];
      merged[field] = choice === "theirs" ? (theirs.values[field] ?? "") : choice === "edit" ? (edits[field] ?? "") : (mine[field] ?? "");
    }
    onResolve(merged);
  };

  return (
    <section className="conflict-merge" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{t("heading", { version: theirs.version })}</h2>
      <p>{fields.length === 0 ? t("same") : t("intro")}</p>
      {fields.map((field) => {
        const name = label(field);
        return (
          <fieldset key={field} className="conflict-merge__field">
            <legend>{name}</legend>
            <div className="conflict-merge__versions">
              <div>
                <p className="hint">{t("theirs")}</p>
                <p className="revision-diff__text" {...lang}>
                  {theirs.values[field] || t("empty")}
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
              parts={diffWordsWithSpace(theirs.values[field] ?? "", mine[field] ?? "")}
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
