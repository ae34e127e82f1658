import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/errors/not-found-content";
import { locales } from "@/lib/locales";
import { localeParam } from "@/lib/route-params";

// The localized 404 document, prerendered at build in every locale. The server
// (scripts/serve.mjs) sends it, with status 404, in place of the empty shell
// Next renders when a page calls notFound(), so readers without JavaScript and
// crawlers get a real page with the right lang, dir and title.
export const dynamic = "force-static";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/page-not-found">): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function PageNotFound({ params }: PageProps<"/[locale]/page-not-found">) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  return <NotFoundContent locale={locale} />;
}
