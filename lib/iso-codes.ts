/**
 * ISO 639-1 languages and ISO 3166-1 countries, as the JavaScript runtime's
 * own ICU data knows them (Intl.DisplayNames), so the facts form offers real
 * codes with localized names and the schema accepts nothing else. Works the
 * same on the server and in the browser, with no code list to maintain.
 */
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const pairs = Array.from(LETTERS).flatMap((a) => Array.from(LETTERS, (b) => a + b));

// ICU names these too, but they are groupings or private use, not countries.
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "UK"]); // UK: GB again

function named(type: "language" | "region", codes: string[]): string[] {
  const names = new Intl.DisplayNames(["en"], { type, fallback: "none" });
  return codes.filter((code) => {
    try {
      const name = names.of(code);
      return name !== undefined && name.toLowerCase() !== code.toLowerCase();
    } catch {
      return false;
    }
  });
}

export const LANGUAGE_CODES: ReadonlySet<string> = new Set(named("language", pairs));
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  named(
    "region",
    pairs.map((p) => p.toUpperCase()),
  ).filter((c) => !NOT_COUNTRIES.has(c)),
);

export type CodeOption = { code: string; name: string };

/** The codes with their names in the editor's language, sorted by name. */
export function codeOptions(type: "language" | "region", locale: string): CodeOption[] {
  const names = new Intl.DisplayNames([locale], { type });
  const collator = new Intl.Collator(locale);
  return Array.from(type === "language" ? LANGUAGE_CODES : COUNTRY_CODES, (code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
