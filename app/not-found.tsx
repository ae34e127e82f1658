import { localePath } from "@/i18n/paths";
import { locales, localeDirection, nativeLanguageName } from "@/lib/locales";
import "./stylesheets";

// Reached only by paths that never resolve to a locale (e.g. "/robots.php").
// It cannot know the reader's language, so it offers every one.
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body>
        <title>Page not found — Marquee</title>
        <main id="main" className="site-main not-found">
          <h1 className="page-title">Page not found</h1>
          <ul className="not-found__languages">
            {locales.map((locale) => (
              <li key={locale} lang={locale} dir={localeDirection(locale)}>
                <a href={localePath(locale, "/")} hrefLang={locale}>
                  {nativeLanguageName(locale)}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
