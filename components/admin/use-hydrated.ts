"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * True once the form is interactive. Forms expose it as data-ready, so
 * end-to-end tests never type into a controlled field React is about to
 * hydrate over.
 */
export function useHydrated(): boolean {
  // false in the server's HTML and during hydration, true once React owns the page.
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
