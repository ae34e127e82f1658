import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { ManagedListPage } from "@/components/admin/managed-list-page";
import { awardBodyNames } from "@/lib/award-bodies";
import { requireAdmin } from "@/lib/auth/session";
import { parseSlugParam } from "@/lib/validations/slug";

type Props = PageProps<"/[locale]/admin/award-bodies/[body]">;

/** The body named in the admin's language, or null when there is no such body. */
async function bodyOf(params: Props["params"]) {
  const { locale, body } = await params;
  const slug = parseSlugParam(body);
  const name = slug ? (await awardBodyNames([slug], locale as Locale)).get(slug) : undefined;
  return slug && name !== undefined ? { slug, name: name || slug, locale: locale as Locale } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const body = await bodyOf(params);
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "Admin.awardCategories" });
  return { title: `${body ? t("title", { name: body.name }) : t("titleAny")} — Marquee`, robots: { index: false } };
}

/** One awarding body's categories, which editors pick an award's category from. */
export default async function AwardCategoriesPage({ params }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const me = await requireAdmin(locale, `/${locale}/admin/award-bodies/${encodeURIComponent((await params).body)}`);
  const body = await bodyOf(params);
  if (!body) notFound();
  return <ManagedListPage kind="award-categories" locale={locale} me={me} scope={{ slug: body.slug, name: body.name }} />;
}
