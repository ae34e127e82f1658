import NextLink from "next/link";
import type { ComponentProps } from "react";
import { localePath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string; locale: Locale };

/**
 * A link to a Marquee page in a given locale, with the path resolved on the
 * server, so the browser needs only Next's own Link, not next-intl's client
 * navigation code.
 */
export function LocaleLink({ href, locale, ...props }: Props) {
  return <NextLink {...props} href={localePath(locale, href)} />;
}
