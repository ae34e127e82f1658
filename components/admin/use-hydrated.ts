"use client";

import { useEffect, useState } from "react";

/**
 * True once the form is interactive. Forms expose it as data-ready, so
 * end-to-end tests never type into a controlled field React is about to
 * hydrate over.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
