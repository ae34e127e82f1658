"use client";

import { formatDateTime } from "@/lib/format";
import { useHydrated } from "./use-hydrated";

type Props = { date: Date | string; locale: string };

/**
 * A time to the minute in the editor's own time zone. The server does not
 * know that zone, so its HTML says UTC; the browser rewrites it once it runs.
 */
export function LocalTime({ date, locale }: Props) {
  const hydrated = useHydrated();
  const value = new Date(date);
  return <time dateTime={value.toISOString()}>{formatDateTime(value, locale, hydrated ? browserTimeZone() : "UTC")}</time>;
}

/** The browser's IANA time zone ("Asia/Tokyo"), or UTC when it cannot say. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
