// Locale-aware formatting with the platform's Intl, so every language gets its
// own units, digits and word order without strings of ours.
//
// Making an Intl formatter costs far more than using one (a DateTimeFormat
// takes 0.1-0.2 ms to make and about 1 µs to format), and a list page formats
// a date per row, so each formatter is made once per locale and options and
// kept. The keys are bounded: the site's locales times the options below, and
// only time zones this runtime knows (knownTimeZone), never raw input.
const formatters = new Map<string, object>();

function formatter<T extends object>(key: string, make: () => T): T {
  let kept = formatters.get(key) as T | undefined;
  if (!kept) formatters.set(key, (kept = make()));
  return kept;
}

export function formatRuntime(minutes: number, locale: string): string {
  return formatter(`runtime|${locale}`, () => new Intl.NumberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "long" })).format(minutes);
}

export function formatDate(date: Date, locale: string): string {
  return formatter(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" })).format(date);
}

export function formatList(items: readonly string[], locale: string): string {
  return formatter(`list|${locale}`, () => new Intl.ListFormat(locale, { style: "long", type: "conjunction" })).format(items);
}

export function countryName(code: string, locale: string): string {
  return formatter(`region|${locale}`, () => new Intl.DisplayNames([locale], { type: "region" })).of(code) ?? code;
}

/** "4.5" in the reader's digits; ratings are stored as half-star counts. */
export function formatRating(halves: number, locale: string): string {
  return formatter(`rating|${locale}`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(
    halves / 2,
  );
}

export function formatNumber(value: number, locale: string): string {
  return formatter(`number|${locale}`, () => new Intl.NumberFormat(locale, { useGrouping: false })).format(value);
}

/** Time zones found valid, by what was asked: only valid names are kept, so input cannot grow it past the runtime's list. */
const knownZones = new Map<string, string>();

/** An IANA time zone this runtime knows ("Europe/Paris"), or UTC: a form field is never trusted as is. */
export function knownTimeZone(zone: unknown): string {
  if (typeof zone !== "string" || zone.length > 64) return "UTC";
  const known = knownZones.get(zone);
  if (known) return known;
  try {
    const resolved = new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
    knownZones.set(zone, resolved);
    return resolved;
  } catch {
    return "UTC";
  }
}

/** Date and time to the minute for editors ("who saved, when"), in their time zone (UTC by default), which it names. */
export function formatDateTime(date: Date, locale: string, timeZone = "UTC"): string {
  const zone = knownTimeZone(timeZone);
  const text = formatter(
    `datetime|${locale}|${zone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: zone }),
  ).format(date);
  return zone === "UTC" ? `${text} UTC` : `${text} (${zone})`;
}
