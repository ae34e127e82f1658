"use client";

import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { localeDirection, locales } from "@/lib/locales";
import { findPeople, type PersonMatch } from "@/lib/admin/actions/people";

type Props = { id: string; label: string; value: string; onChange: (value: string) => void; describedBy?: string };

const SEARCH_DELAY_MS = 200;

/** Edit distance of two short names, to tell a typo of an existing person from a new one. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * A person, picked from the people Marquee already has: typing in any script
 * suggests matches (credited or localized names), choosing one fills in the
 * credited name, so the save links that person. A name that matches nobody
 * says a new person will be made, and one close to an existing name asks
 * whether that person was meant before making a near-duplicate.
 */
export function PersonInput({ id, label, value, onChange, describedBy }: Props) {
  const t = useTranslations("Admin.people");
  const [matches, setMatches] = useState<PersonMatch[]>([]);
  const [searched, setSearched] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A new person's names in other languages and scripts, saved with the facts (lib/editorial/write-film.ts).
  const [names, setNames] = useState<Record<string, string>>({});
  const languageName = new Intl.DisplayNames([useLocale()], { type: "language" });

  // Searches start with the editor's typing: a saved list opens without a query per row.
  const [initial] = useState(value);
  useEffect(() => {
    const query = value.trim();
    clearTimeout(timer.current);
    if (!query || value === initial) return;
    timer.current = setTimeout(async () => {
      const form = new FormData();
      // The start of the name finds typos further in ("Ryan Golsing" → "Ryan").
      form.set("q", query.length > 4 ? query.slice(0, Math.ceil(query.length / 2)) : query);
      const result = await findPeople(null, form).catch(() => null);
      if (result?.ok && result.people) {
        setMatches(result.people);
        setSearched(query);
      }
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [value, initial]);

  const name = value.trim();
  const exact = matches.some((m) => m.name === name);
  const near = !exact && searched === name ? matches.find((m) => distance(m.name.toLowerCase(), name.toLowerCase()) <= 2) : undefined;
  const fresh = name && searched === name && !exact && !near;
  const statusId = `${id}-person`;
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        value={value}
        dir="auto"
        list={`${id}-list`}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={[describedBy, statusId].filter(Boolean).join(" ")}
      />
      <datalist id={`${id}-list`}>
        {matches.map((m) => (
          <option key={m.name} value={m.name} label={[m.name, ...m.names].join(" · ")} />
        ))}
      </datalist>
      <span id={statusId} className="hint" role="status">
        {near ? (
          <>
            {t("nearDuplicate", { name: near.name })}{" "}
            <button type="button" className="button button--small" onClick={() => onChange(near.name)}>
              {t("useExisting", { name: near.name })}
            </button>
          </>
        ) : fresh ? (
          t("newPerson", { name })
        ) : null}
      </span>
      {fresh && (
        <details className="person-names">
          <summary>{t("localizedNames")}</summary>
          {locales.map((locale) => (
            <div key={locale} className="field">
              <label htmlFor={`${id}-${locale}`}>
                {t("nameIn", { language: languageName.of(locale) ?? locale })}
                <span className="visually-hidden"> ({label})</span>
              </label>
              <input
                id={`${id}-${locale}`}
                lang={locale}
                dir={localeDirection(locale)}
                maxLength={200}
                value={names[locale] ?? ""}
                onChange={(e) => setNames({ ...names, [locale]: e.target.value })}
              />
              {names[locale]?.trim() && <input type="hidden" name="localizedName" value={JSON.stringify({ name, locale, value: names[locale] })} />}
            </div>
          ))}
        </details>
      )}
    </>
  );
}
