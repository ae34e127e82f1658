import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/i18n/paths";
import { isLocale, localeDirection } from "@/lib/locales";

// One web app manifest per language: an installed Marquee opens on the
// reader's own home page, under its name and description in that language.
export const dynamic = "force-static";

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/manifest.webmanifest">) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const site = await getTranslations({ locale, namespace: "Site" });
  const home = await getTranslations({ locale, namespace: "Home" });
  const manifest: MetadataRoute.Manifest & { dir: "ltr" | "rtl" } = {
    name: `${site("name")} — ${site("tagline")}`,
    short_name: site("name"),
    description: home("metaDescription"),
    lang: locale,
    dir: localeDirection(locale),
    id: localePath(locale, "/"),
    start_url: localePath(locale, "/"),
    scope: "/",
    display: "browser",
    background_color: "#fbf8f2",
    theme_color: "#a3271f",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icons/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icons/icon-512.png", type: "image/png", sizes: "512x512" },
      { src: "/icons/maskable-512.png", type: "image/png", sizes: "512x512", purpose: "maskable" },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { "content-type": "application/manifest+json; charset=utf-8" } });
}
