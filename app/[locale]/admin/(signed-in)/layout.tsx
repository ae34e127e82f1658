import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { requireAccount } from "@/lib/auth/session";

// Per request, always: the admin reads the session's cookies. Said here because
// nothing under [locale] is rendered at build time, so Next cannot find out.
export const dynamic = "force-dynamic";

// Every page below checks the session itself too: a layout does not re-run on
// every navigation, so it is not the guard. The client forms' strings come
// with each page's frame (components/admin/admin-frame.tsx), so the lists
// ship none.
export default async function SignedInLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireAccount(locale, `/${locale}/admin`);
  return children;
}
