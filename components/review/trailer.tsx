import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { Review } from "@/lib/reviews";
import { TrailerFacade } from "./trailer-facade";

type Props = { trailer: NonNullable<Review["trailer"]>; locale: Locale };

export async function Trailer({ trailer, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "Review" });
  return (
    <section className="trailer" aria-labelledby="trailer-heading">
      <h2 id="trailer-heading">{t("trailer")}</h2>
      <div className="trailer__box">
        <TrailerFacade videoId={trailer.videoId} title={trailer.title} label={t("playTrailer", { title: trailer.title })} />
      </div>
      <p className="trailer__notice">{t("trailerNotice")}</p>
    </section>
  );
}
