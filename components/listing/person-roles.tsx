import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { formatNumber } from "@/lib/format";
import type { PersonRole } from "@/lib/people";

type Props = { locale: Locale; roles: readonly PersonRole[] };

/** A person's part in one film: "Director", "Plays Driver", "Won: Best Director, Cannes 2011". */
export async function PersonRoles({ locale, roles }: Props) {
  if (!roles.length) return null;
  const t = await getTranslations({ locale, namespace: "Listing" });
  const label = (role: PersonRole) => {
    switch (role.kind) {
      case "cast":
        return role.character ? t("roles.castAs", { character: role.character }) : t("roles.cast");
      case "award":
        return t(role.won ? "roles.won" : "roles.nominated", {
          category: role.category,
          body: role.body,
          year: formatNumber(role.year, locale),
        });
      default:
        return t(`roles.${role.kind}`);
    }
  };
  return (
    <ul className="person-roles" aria-label={t("roles.label")}>
      {roles.map((role, i) => (
        <li key={i}>{label(role)}</li>
      ))}
    </ul>
  );
}
