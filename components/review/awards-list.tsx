import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { formatNumber } from "@/lib/format";
import type { Review } from "@/lib/reviews";
import { PersonLink } from "./people-links";

type Props = { awards: Review["awards"]; locale: Locale };

/** Awards as structured entries: body, edition and year, category, result, person. */
export async function AwardsList({ awards, locale }: Props) {
  if (!awards.length) return null;
  const t = await getTranslations({ locale, namespace: "Review" });
  return (
    <section className="awards" aria-labelledby="awards-heading">
      <h2 id="awards-heading">{t("awards")}</h2>
      <ul className="awards__list">
        {awards.map((award, index) => (
          <li key={index} className={award.won ? "award award--won" : "award"}>
            <span className="award__result">{award.won ? t("won") : t("nominated")}</span>
            <span className="award__body">{award.body}</span>
            <span className="award__edition">
              {award.edition
                ? t("awardEdition", { edition: award.edition, year: formatNumber(award.year, locale) })
                : formatNumber(award.year, locale)}
            </span>
            <span className="award__category">
              {award.category}
              {award.person && (
                <>
                  {" — "}
                  <PersonLink person={award.person} locale={locale} />
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
