import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { Review } from "@/lib/reviews";
import { PersonLink } from "./people-links";

type Props = { cast: Review["cast"]; locale: Locale };

export async function CastList({ cast, locale }: Props) {
  if (!cast.length) return null;
  const t = await getTranslations({ locale, namespace: "Review" });
  return (
    <section className="cast" aria-labelledby="cast-heading">
      <h2 id="cast-heading">{t("cast")}</h2>
      <ul className="cast__list">
        {cast.map((member) => (
          <li key={`${member.slug}-${member.character}`}>
            {t.rich("castEntry", {
              actor: member.name,
              character: member.character,
              name: () => <PersonLink person={member} locale={locale} className="cast__actor" />,
              role: (chunks) => <span className="cast__character">{chunks}</span>,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
