import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { formatNumber } from "@/lib/format";
import type { Period } from "@/lib/pages";

/** "Films of the 2010s" or "Films of 2011", in the reader's words and digits. */
export async function periodTitle(locale: Locale, period: Period): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Listing" });
  return "decade" in period
    ? t("decadeTitle", { decade: formatNumber(period.decade, locale) })
    : t("yearTitle", { year: formatNumber(period.year, locale) });
}
