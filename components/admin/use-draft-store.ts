"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** What the translation editor keeps in the browser while the editor types. */
export type Draft<T> = { value: T; savedAt: string };

const WRITE_DELAY_MS = 400;

function read<T>(key: string): Draft<T> | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft<T>) : null;
  } catch {
    return null; // storage disabled or a damaged entry: nothing to offer
  }
}

/**
 * Unsaved work kept in localStorage as it is typed, so a crash, a closed tab
 * or a lost connection never loses it. `found` is what an earlier visit left
 * behind (offered back to the editor until restored or discarded); `keep`
 * records the current text, a moment after typing stops and when the page is
 * hidden; `clear` forgets it after a save.
 */
export function useDraftStore<T>(key: string, isUnchanged: (value: T) => boolean) {
  const [found, setFound] = useState<Draft<T> | null>(null);
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    try {
      window.localStorage.setItem(key, JSON.stringify({ value: pending.current, savedAt: new Date().toISOString() }));
    } catch {
      // Quota or privacy mode: the beforeunload prompt still guards the text.
    }
    pending.current = null;
  }, [key]);

  useEffect(() => {
    const earlier = read<T>(key);
    // Reading the browser's storage is only possible after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (earlier && !isUnchanged(earlier.value)) setFound(earlier);
    else if (earlier) window.localStorage.removeItem(key);
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
    // isUnchanged compares against the text the page opened with: read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, flush]);

  const keep = useCallback(
    (value: T) => {
      pending.current = value;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, WRITE_DELAY_MS);
    },
    [flush],
  );
  const clear = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
    setFound(null);
    try {
      window.localStorage.removeItem(key);
    } catch {}
  }, [key]);
  const dismiss = useCallback(() => setFound(null), []);
  return { found, keep, clear, dismiss };
}
