"use client";

import type { ComponentProps, SyntheticEvent } from "react";
import { useHydrated } from "@/components/admin/use-hydrated";

/**
 * A language link that carries the reader's query string and #fragment along.
 * Pages are prerendered, so only the browser knows them, and only at the moment
 * the link is used; without JavaScript the plain href still works.
 */
export function SwitcherLink({ href, ...props }: ComponentProps<"a"> & { href: string }) {
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
      onClick={carryLocation}
      onAuxClick={carryLocation}
      onFocus={carryLocation}
      onPointerEnter={carryLocation}
      onContextMenu={carryLocation}
    />
  );
}
