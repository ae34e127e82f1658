import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Dates are stored in UTC and shown as calendar dates; no reader-specific zone is needed.
    timeZone: "UTC",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
