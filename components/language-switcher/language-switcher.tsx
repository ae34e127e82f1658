import { getTranslations } from "next-intl/server";
import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";
import { localeDirection, locales, nativeLanguageName } from "@/lib/locales";
import { SwitcherLink } from "./switcher-link";

type Props = { locale: Locale; path: string; translated?: readonly Locale[] };

/**
 * Plain links to the same page in every locale, so switching works without
 * JavaScript. A locale the page is not published in stays reachable but says so.
 */
export async function LanguageSwitcher({ locale, path, translated }: Props) {
  const t = await getTranslations({ locale, namespace: "Site" });
  return (
    <nav className="language-switcher" aria-label={t("languageSwitcher")}>
      <ul>
        {locales.map((target) => {
          const isTranslated = !translated || translated.includes(target);
          return (
            <li key={target}>
              <SwitcherLink
                href={localePath(target, path)}
                locale={target}
                hrefLang={target}
                lang={target}
                dir={localeDirection(target)}
                aria-current={target === locale ? "page" : undefined}
                data-translated={isTranslated ? undefined : "false"}
              >
                {nativeLanguageName(target)}
                {!isTranslated && (
                  <span className="language-switcher__missing" lang={locale} dir={localeDirection(locale)}>
                    {" "}
                    ({t("notTranslated")})
                  </span>
                )}
              </SwitcherLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
