import { permanentRedirect } from "next/navigation";
import { HomeListing, homeMetadata } from "@/components/listing/home-listing";
import { localePath } from "@/i18n/paths";
import { pageParam, localeParam } from "@/lib/route-params";

type Props = PageProps<"/[locale]/page/[n]">;

export function generateStaticParams() {
  return [];
}

async function read(params: Props["params"]) {
  const { locale, n } = await params;
  return { locale: localeParam(locale), page: pageParam(["page", n]) };
}

export async function generateMetadata({ params }: Props) {
  const { locale, page } = await read(params);
  return homeMetadata(locale, page);
}

export default async function HomePageN({ params }: Props) {
  const { locale, page } = await read(params);
  // Page one has one address: the home page itself.
  if (page === 1) permanentRedirect(localePath(locale, "/"));
  return <HomeListing locale={locale} page={page} />;
}
