"use client";

import { useParams } from "next/navigation";
import { ErrorNotice, localeFromPath } from "@/components/errors/error-notice";

// An unexpected error in a page (a database that went away, a bug): the
// reader gets the branded page in their language, inside the locale layout's
// <html lang dir>, with status 500.
export default function LocaleError({ error, retry }: { error: unknown; retry: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  return <ErrorNotice locale={localeFromPath(`/${locale}`)} error={error} retry={retry} />;
}
