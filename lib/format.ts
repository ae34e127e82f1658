// Locale-aware formatting with the platform's Intl, so every language gets its
// own units, digits and word order without strings of ours.

export function formatRuntime(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "long" }).format(minutes);
}

export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}

export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
}

/** "4.5" in the reader's digits; ratings are stored as half-star counts. */
export function formatRating(halves: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(halves / 2);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false }).format(value);
}

/** An IANA time zone this runtime knows ("Europe/Paris"), or UTC: a form field is never trusted as is. */
export function knownTimeZone(zone: unknown): string {
  if (typeof zone !== "string" || zone.length > 64) return "UTC";
  try {
    return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return "UTC";
  }
}

/** Date and time to the minute for editors ("who saved, when"), in their time zone (UTC by default), which it names. */
export function formatDateTime(date: Date, locale: string, timeZone = "UTC"): string {
  const zone = knownTimeZone(timeZone);
  const text = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(date);
  return zone === "UTC" ? `${text} UTC` : `${text} (${zone})`;
}
