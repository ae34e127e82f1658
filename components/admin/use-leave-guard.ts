"use client";

import { useCallback, useEffect, useRef, type RefObject } from "react";

/**
 * Asks before any way out of a form with unsaved changes:
 * - reload, closing the tab and full-page navigations: the browser's own
 *   beforeunload prompt (browsers show their own text there);
 * - client-side links (the admin menu, the language switcher): a click on a
 *   same-document link is caught before Next's router sees it;
 * - the browser's back and forward buttons: an extra history entry is kept
 *   while there are unsaved changes, so "back" lands on it and can be undone.
 * `dirty` is a ref so the answer is read at the moment of leaving, never
 * from a render before the last save. Returns `release`, called after a
 * save: it takes the extra history entry away again.
 */
export function useLeaveGuard(dirty: RefObject<boolean>, message: string) {
  const guarding = useRef(false);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      if (!dirty.current || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // opens elsewhere
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const to = new URL(link.href, location.href);
      if (to.origin === location.origin && to.pathname === location.pathname && to.search === location.search) return;
      if (window.confirm(message)) {
        dirty.current = false; // the editor chose to leave: no second prompt from beforeunload
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    // Next's router keeps its own state in history entries; the guard entry
    // copies it, so going "back" onto it shows the same page unchanged.
    const guard = () => {
      if (guarding.current || !dirty.current) return;
      history.pushState(history.state, "", location.href);
      guarding.current = true;
    };
    const onPopState = () => {
      if (!guarding.current) return;
      guarding.current = false;
      if (!dirty.current) return;
      if (window.confirm(message)) {
        dirty.current = false;
        history.back();
      } else guard();
    };
    const onInput = () => queueMicrotask(guard);
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPopState);
    document.addEventListener("input", onInput, true);
    document.addEventListener("change", onInput, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onPopState);
      document.removeEventListener("input", onInput, true);
      document.removeEventListener("change", onInput, true);
    };
  }, [dirty, message]);
  return useCallback(() => {
    if (!guarding.current) return;
    guarding.current = false;
    history.back();
  }, []);
}
