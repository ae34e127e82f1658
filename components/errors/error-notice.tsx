"use client";

import { localePath } from "@/i18n/paths";
import { routing, type Locale } from "@/i18n/routing";
import texts from "@/messages/error-page.json";

/**
 * The branded, localized page for an unexpected server error (app/[locale]/error.tsx
 * and app/global-error.tsx). Error boundaries are client components and the
 * reader site ships no i18n runtime, so its few strings live in
 * messages/error-page.json, small enough to bundle.
 */
export function ErrorNotice({ locale, error, retry }: { locale: Locale; error: unknown; retry: () => void }) {
  const text = texts[locale];
  // Server errors reach the browser as a hash only (error.digest), never their message.
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;
  return (
    <main id="main" className="site-main error-page">
      <title>{text.title}</title>
      <p className="brand">
        <a href={localePath(locale, "/")} className="brand__name">
          <span className="brand__mark" aria-hidden="true">
            ▚
          </span>{" "}
          Marquee
        </a>
      </p>
      <h1 className="page-title">{text.heading}</h1>
      <p>{text.body}</p>
      <p className="error-page__actions">
        <button type="button" className="button button--primary" onClick={retry}>
          {text.retry}
        </button>{" "}
        <a href={localePath(locale, "/")}>{text.home}</a>
      </p>
      {digest && <p className="muted">{text.reference.replace("{digest}", digest)}</p>}
    </main>
  );
}

/** The locale of the current address, or the default one. */
export function localeFromPath(pathname: string | null): Locale {
  const first = pathname?.split("/")[1];
  return routing.locales.find((locale) => locale === first) ?? routing.defaultLocale;
}
