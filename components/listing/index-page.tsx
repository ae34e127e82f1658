import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { SiteFrame } from "@/components/layout/site-frame";
import { pageLocales } from "@/lib/listings";
import { pathOf } from "@/lib/pages";
import { pageMetadata } from "@/lib/seo/metadata";

type IndexKind = "genres" | "years";

/** The genre index or the year index: a heading and the links it is given. */
export async function IndexPage({ locale, kind, children }: { locale: Locale; kind: IndexKind; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "Listing" });
  return (
    <SiteFrame locale={locale} path={pathOf({ kind })} translated={await pageLocales({ kind })}>
      <h1 className="page-title">{t(`${kind}Heading`)}</h1>
      {children}
    </SiteFrame>
  );
}

export async function indexMetadata(locale: Locale, kind: IndexKind): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Listing" });
  return pageMetadata({
    locale,
    path: pathOf({ kind }),
    published: await pageLocales({ kind }),
    title: t("siteTitle", { title: t(`${kind}Heading`) }),
    description: t(`${kind}Description`),
  });
}
