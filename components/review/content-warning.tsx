import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

type Props = { text: string; locale: Locale; lang?: string; dir?: "ltr" | "rtl" };

/** Shown before the synopsis and the trailer, so readers are warned before anything graphic. */
export async function ContentWarning({ text, locale, ...langProps }: Props) {
  const t = await getTranslations({ locale, namespace: "Review" });
  return (
    <aside className="content-warning" aria-labelledby="warning-heading">
      <h2 id="warning-heading" className="content-warning__title">
        <span aria-hidden="true">⚠ </span>
        {t("contentWarning")}
      </h2>
      <p {...langProps}>{text}</p>
    </aside>
  );
}
