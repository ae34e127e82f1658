"use client";

import { usePathname } from "next/navigation";
import { ErrorNotice, localeFromPath } from "@/components/errors/error-notice";
import { localeDirection } from "@/lib/locales";
import "./stylesheets";

// An error in the locale layout itself replaces the whole document, so this
// one renders <html> with the language and direction taken from the address.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = localeFromPath(usePathname());
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body>
        <ErrorNotice locale={locale} error={error} retry={retry} />
      </body>
    </html>
  );
}
