import { revalidatePath } from "next/cache";
import { localePath } from "@/i18n/paths";
import { locales } from "@/lib/locales";

/**
 * Every reader page a change to one film can affect: the review in each
 * locale (its text, or the switcher and alternates of its siblings) and each
 * locale's home list. They stay statically served and are regenerated on the
 * next request.
 */
export function revalidateFilm(slug: string) {
  for (const locale of locales) {
    revalidatePath(localePath(locale, `/reviews/${slug}`));
    revalidatePath(localePath(locale, "/"));
  }
  revalidatePath("/[locale]/admin", "layout");
}
