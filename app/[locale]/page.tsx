import { HomeListing, homeMetadata } from "@/components/listing/home-listing";
import { localeParam } from "@/lib/route-params";

export async function generateMetadata({ params }: PageProps<"/[locale]">) {
  return homeMetadata(localeParam((await params).locale), 1);
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  return <HomeListing locale={localeParam((await params).locale)} page={1} />;
}
