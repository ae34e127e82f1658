"use client";

import { useTranslations } from "next-intl";
import type { AwardLists } from "@/lib/managed-lists";
import { AWARD_RESULTS, FIRST_FILM_YEAR, maxFilmYear } from "@/lib/validations/film";
import type { FieldProblem } from "./field";
import { RowsField, type Column } from "./rows-field";

type Props = {
  values: Record<string, string>;
  errorOf: (field: string) => FieldProblem | undefined;
  awardLists: AwardLists;
  onChange: () => void;
};

/** A film's people and awards, each list edited as rows with a people picker. */
export function CreditsFields({ values, errorOf, awardLists, onChange }: Props) {
  const t = useTranslations("Admin.facts");
  const person: Column = { key: "person", label: t("person"), kind: "person" };
  const crew = (name: "directors" | "writers" | "composers") => (
    <RowsField
      key={name}
      name={name}
      label={t(name)}
      format={t("linesFormat")}
      error={errorOf(name)}
      columns={[person]}
      initial={values[name] ?? ""}
      addLabel={t(`add.${name}`)}
      onChange={onChange}
    />
  );
  const awardColumns: Column[] = [
    { key: "body", label: t("awardBody"), kind: "select", options: awardLists.bodies },
    { key: "year", label: t("awardYear"), kind: "number", min: FIRST_FILM_YEAR, max: maxFilmYear() + 1 },
    { key: "edition", label: t("edition"), kind: "number", min: 1, max: 999 },
    { key: "category", label: t("category"), kind: "select", options: [], dependsOn: { key: "body", options: awardLists.categories } },
    { key: "result", label: t("result"), kind: "select", options: AWARD_RESULTS.map((r) => ({ value: r, label: t(`results.${r}`) })) },
    { ...person },
  ];
  return (
    <>
      {(["directors", "writers", "composers"] as const).map(crew)}
      <RowsField
        name="cast"
        label={t("cast")}
        format={t("castFormat")}
        error={errorOf("cast")}
        columns={[person, { key: "character", label: t("character"), kind: "text" }]}
        initial={values.cast ?? ""}
        addLabel={t("add.cast")}
        onChange={onChange}
      />
      <RowsField
        name="awards"
        label={t("awards")}
        hint={t("awardsHint")}
        format={t("awardsFormat")}
        error={errorOf("awards")}
        columns={awardColumns}
        initial={values.awards ?? ""}
        addLabel={t("add.awards")}
        onChange={onChange}
      />
    </>
  );
}
