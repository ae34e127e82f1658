"use client";

import type { ComponentProps, SyntheticEvent } from "react";

/**
 * A language link that carries the reader's query string and #fragment along.
 * Pages are prerendered, so only the browser knows them, and only at the moment
 * the link is used; without JavaScript the plain href still works.
 */
export function SwitcherLink({ href, ...props }: ComponentProps<"a"> & { href: string }) {
  const carryLocation = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = href + window.location.search + window.location.hash;
  };
  return (
    <a
      {...props}
      href={href}
      onClick={carryLocation}
      onAuxClick={carryLocation}
      onFocus={carryLocation}
      onPointerEnter={carryLocation}
      onContextMenu={carryLocation}
    />
  );
}
