import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/i18n/routing";
import { LanguageSwitcher } from "@/components/language-switcher/language-switcher";
import { SearchForm } from "@/components/search/search-form";

type Props = {
  locale: Locale;
  /** The page's path without the locale prefix, for the language switcher. */
  path: string;
  /** Locales this page is published in; omitted when every locale has it. */
  translated?: readonly Locale[];
  /** The header's search box; the search page has its own. */
  search?: boolean;
  /** The readers' navigation (reviews, genres, years) and search; the admin area has its own. */
  readerNav?: boolean;
  children: ReactNode;
};

/** Header with the language switcher, the main landmark and the footer, shared by every reader page. */
export async function SiteFrame({ locale, path, translated, search = true, readerNav = true, children }: Props) {
  const t = await getTranslations({ locale, namespace: "Site" });
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <LocaleLink locale={locale} href="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              ▚
            </span>
            <span className="brand__name">{t("name")}</span>
            <span className="brand__tagline">{t("tagline")}</span>
          </LocaleLink>
          <LanguageSwitcher locale={locale} path={path} translated={translated} />
        </div>
        {readerNav && (
          <div className="site-header__inner site-header__nav">
            <nav aria-label={t("mainNav")} className="main-nav">
              <ul>
                {(
                  [
                    ["/", t("home")],
                    ["/genres", t("genres")],
                    ["/years", t("years")],
                  ] as const
                ).map(([href, label]) => (
                  <li key={href}>
                    <LocaleLink locale={locale} href={href}>
                      {label}
                    </LocaleLink>
                  </li>
                ))}
              </ul>
            </nav>
            {search && <SearchForm locale={locale} id="site-search-q" compact />}
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("footer")}</p>
      </footer>
    </>
  );
}
