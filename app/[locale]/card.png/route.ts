import { isLocale } from "@/lib/locales";
import { renderCard } from "@/lib/social-card/card-image";
import { pngResponse, siteCard } from "@/lib/social-card/card-content";

// The site's social card in each language, for the home page and the lists.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/card.png">) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  return pngResponse(await renderCard((await siteCard(locale)).content));
}
