"use client";

import type { ComponentProps, SyntheticEvent } from "react";
import { useHydrated } from "@/components/admin/use-hydrated";
import { routing, type Locale } from "@/i18n/routing";

/**
 * Remembers the reader's choice, so `/` sends them back to it. Written here
 * rather than by the server, because the pages themselves are shared by every
 * reader and must never set a cookie (proxy.ts).
 */
function rememberLocale(locale: Locale) {
  const { name, maxAge, sameSite } = routing.localeCookie as { name: string; maxAge: number; sameSite: string };
  const secure = window.location.protocol === "https:" ? "; secure" : "";
  document.cookie = `${name}=${locale}; path=/; max-age=${maxAge}; samesite=${sameSite}${secure}`;
}

/**
 * A language link that carries the reader's query string and #fragment along.
 * Pages are prerendered, so only the browser knows them, and only at the moment
 * the link is used; without JavaScript the plain href still works.
 */
export function SwitcherLink({ href, locale, ...props }: ComponentProps<"a"> & { href: string; locale: Locale }) {
  // Marks the link once it carries the location, so tests (and styles) can tell.
  const enhanced = useHydrated();
  const carryLocation = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = href + window.location.search + window.location.hash;
  };
  return (
    <a
      {...props}
      href={href}
      data-carries-location={enhanced ? "" : undefined}
      onClick={(event) => {
        carryLocation(event);
        rememberLocale(locale);
      }}
      onAuxClick={carryLocation}
      onFocus={carryLocation}
      onPointerEnter={carryLocation}
      onContextMenu={carryLocation}
    />
  );
}
