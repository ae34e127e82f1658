import { useLocale, useTranslations } from "next-intl";
import { NotFoundContent } from "@/components/errors/not-found-content";
import type { Locale } from "@/i18n/routing";

// What client-side navigation to a missing page shows. A full page load gets
// the same page prerendered (app/[locale]/page-not-found), because Next sends
// this one as an empty shell that only JavaScript fills (scripts/lib/not-found-documents.mjs).
export default function LocalizedNotFound() {
  const t = useTranslations("NotFound");
  return (
    <>
      {/* not-found.tsx has no metadata of its own; React puts this in <head>. */}
      <title>{t("metaTitle")}</title>
      <NotFoundContent locale={useLocale() as Locale} />
    </>
  );
}
