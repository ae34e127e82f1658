import { NextIntlClientProvider } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { requireAccount } from "@/lib/auth/session";

// Per request, always: the admin reads the session's cookies. Said here because
// nothing under [locale] is rendered at build time, so Next cannot find out.
export const dynamic = "force-dynamic";

// Gives the admin's client forms their strings (the Admin messages only; the
// reader site ships none). Every page below checks the session itself too: a
// layout does not re-run on every navigation, so it is not the guard.
export default async function SignedInLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireAccount(locale, `/${locale}/admin`);
  const messages = await getMessages({ locale });
  return <NextIntlClientProvider messages={{ Admin: messages.Admin }}>{children}</NextIntlClientProvider>;
}
