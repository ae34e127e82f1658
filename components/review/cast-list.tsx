import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { Review } from "@/lib/reviews";

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
              actor: () => (
                <span className="cast__actor" title={member.name === member.credited ? undefined : member.credited}>
                  {member.name}
                </span>
              ),
              character: () => <span className="cast__character">{member.character}</span>,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
