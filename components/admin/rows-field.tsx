"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { FieldProblem } from "./field";
import { PersonInput } from "./person-input";
import { useHydrated } from "./use-hydrated";

type Option = { value: string; label: string };

export type Column =
  | { key: string; label: string; kind: "person" | "text" }
  | { key: string; label: string; kind: "number"; min: number; max: number }
  /** `dependsOn`: the choices follow another cell of the row (an award's categories follow its body). */
  | { key: string; label: string; kind: "select"; options: Option[]; dependsOn?: { key: string; options: Record<string, Option[]> } };

type Props = {
  /** The form field the rows are sent as: one "a | b | c" line per row, as typed without JavaScript. */
  name: string;
  label: string;
  hint?: string;
  /** How to type the list without JavaScript ("One per line: Actor | Character"). */
  format: string;
  error?: FieldProblem;
  columns: Column[];
  /** The saved value, in that same line format. */
  initial: string;
  /** The label of the "add" button, e.g. "Add a cast member". */
  addLabel: string;
  onChange?: () => void;
};

type Row = { key: number; cells: string[] };

/** A select cell's choices in a row: its own, or those of the cell it depends on. */
const optionsIn = (columns: Column[], column: Column, cells: string[]): Option[] => {
  if (column.kind !== "select") return [];
  const { dependsOn } = column;
  if (!dependsOn) return column.options;
  return dependsOn.options[cells[columns.findIndex((c) => c.key === dependsOn.key)] ?? ""] ?? [];
};

/** Cells whose dependent choices no longer hold the value (the body changed) take the first choice. */
const settle = (columns: Column[], cells: string[]): string[] => {
  const settled = [...cells];
  // In column order, so a dependent cell sees the settled value of the one before it.
  columns.forEach((column, i) => {
    if (column.kind !== "select") return;
    const options = optionsIn(columns, column, settled);
    if (!options.some((o) => o.value === settled[i])) settled[i] = options[0]?.value ?? "";
  });
  return settled;
};

const parse = (text: string, width: number): string[][] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const cells = line.split("|").map((cell) => cell.trim());
      return Array.from({ length: width }, (_, i) => cells[i] ?? "");
    });

/**
 * A list edited as rows: add, remove, move up and down, each cell its own
 * labelled control (a people picker for people). Without JavaScript it is
 * the plain textarea the server reads; with it, the rows are written into
 * that same field, so form, action and schema stay one.
 */
export function RowsField({ name, label, hint, format, error, columns, initial, addLabel, onChange }: Props) {
  const t = useTranslations("Admin.rows");
  const tErrors = useTranslations("Admin.errors");
  const hydrated = useHydrated();
  const [rows, setRows] = useState<Row[]>(() => parse(initial, columns.length).map((cells, key) => ({ key, cells })));
  const [nextKey, setNextKey] = useState(rows.length);
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const problem = error && (
    <p id={errorId} className="field-error">
      {tErrors(error.key, error.values)}
    </p>
  );

  if (!hydrated) {
    return (
      <div className="field">
        <label htmlFor={name}>{label}</label>
        <textarea
          id={name}
          name={name}
          defaultValue={initial}
          rows={Math.max(2, rows.length + 1)}
          dir="auto"
          aria-describedby={[hintId, error ? errorId : ""].join(" ").trim()}
        />
        <p id={hintId} className="hint">
          {[hint, format].filter(Boolean).join(" ")}
        </p>
        {problem}
      </div>
    );
  }

  const change = (next: Row[]) => {
    setRows(next);
    onChange?.();
  };
  const setCell = (index: number, column: number, value: string) =>
    change(
      rows.map((row, i) =>
        i === index
          ? {
              ...row,
              cells: settle(
                columns,
                row.cells.map((c, j) => (j === column ? value : c)),
              ),
            }
          : row,
      ),
    );
  const move = (index: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row!);
    change(next);
  };
  const add = () => {
    change([
      ...rows,
      {
        key: nextKey,
        cells: settle(
          columns,
          columns.map(() => ""),
        ),
      },
    ]);
    setNextKey(nextKey + 1);
  };
  const serialized = rows
    .filter((row) => row.cells.some((cell) => cell.trim()))
    .map((row) => row.cells.map((cell) => cell.replace(/[|\r\n]+/g, " ").trim()).join(" | "))
    .join("\n");

  return (
    <fieldset className="field rows-field" aria-describedby={error ? errorId : undefined}>
      <legend>{label}</legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {problem}
      <input type="hidden" name={name} value={serialized} />
      <ol className="rows-field__rows">
        {rows.map((row, index) => {
          const rowLabel = t("row", { list: label, number: index + 1 });
          return (
            <li key={row.key} className="rows-field__row" aria-label={rowLabel}>
              {columns.map((column, c) => {
                const id = `${name}-${row.key}-${column.key}`;
                const cellLabel = `${column.label} (${rowLabel})`;
                const value = row.cells[c] ?? "";
                const set = (next: string) => setCell(index, c, next);
                return (
                  <div key={column.key} className={`rows-field__cell rows-field__cell--${column.kind}`}>
                    <span className="rows-field__label" aria-hidden="true">
                      {column.label}
                    </span>
                    {column.kind === "person" ? (
                      <PersonInput id={id} label={cellLabel} value={value} onChange={set} />
                    ) : (
                      <>
                        <label htmlFor={id} className="visually-hidden">
                          {cellLabel}
                        </label>
                        {column.kind === "select" ? (
                          <select id={id} value={value} onChange={(e) => set(e.target.value)}>
                            {/* A value the choices lack (typed before hydration, or since merged away) stays, for the server to judge. */}
                            {!optionsIn(columns, column, row.cells).some((o) => o.value === value) && (
                              <option value={value}>{value || t("choose")}</option>
                            )}
                            {optionsIn(columns, column, row.cells).map((o) => (
                              <option key={o.value} value={o.value}>
                                {o.label}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <input
                            id={id}
                            value={value}
                            dir="auto"
                            {...(column.kind === "number" ? { type: "number", min: column.min, max: column.max, inputMode: "numeric" as const } : {})}
                            onChange={(e) => set(e.target.value)}
                          />
                        )}
                      </>
                    )}
                  </div>
                );
              })}
              <div className="rows-field__actions">
                <button type="button" className="button button--small" onClick={() => move(index, -1)} disabled={index === 0}>
                  {t("up")}
                  <span className="visually-hidden"> ({rowLabel})</span>
                </button>
                <button type="button" className="button button--small" onClick={() => move(index, 1)} disabled={index === rows.length - 1}>
                  {t("down")}
                  <span className="visually-hidden"> ({rowLabel})</span>
                </button>
                <button type="button" className="button button--small" onClick={() => change(rows.filter((_, i) => i !== index))}>
                  {t("remove")}
                  <span className="visually-hidden"> ({rowLabel})</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={add}>
        {addLabel}
      </button>
    </fieldset>
  );
}
