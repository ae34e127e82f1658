import { HomeListing, homeMetadata } from "@/components/listing/home-listing";
import { localeParam } from "@/lib/route-params";

// Statically served; regenerated at most 30 seconds after a scheduled
// translation's time passes, so it appears without anyone acting.
export const revalidate = 30;

export async function generateMetadata({ params }: PageProps<"/[locale]">) {
  return homeMetadata(localeParam((await params).locale), 1);
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  return <HomeListing locale={localeParam((await params).locale)} page={1} />;
}
