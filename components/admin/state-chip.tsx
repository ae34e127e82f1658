import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { TranslationState } from "@/lib/editorial/status";

type Props = { locale: Locale; target: Locale; state: TranslationState };

/** "ja: published" — the language code is shown, the full name is spoken. */
export async function StateChip({ locale, target, state }: Props) {
  const t = await getTranslations({ locale, namespace: "Admin" });
  const language = new Intl.DisplayNames([locale], { type: "language" }).of(target) ?? target;
  const label = t("reviews.stateIn", { language, state: t(`states.${state}`) });
  return (
    <span className={`chip chip--${state}`} title={label}>
      <span aria-hidden="true">
        <abbr>{target.toUpperCase()}</abbr> {t(`states.${state}`)}
      </span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
