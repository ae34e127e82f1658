"use client";

import { useId } from "react";
import { usePathname, useSearchParams } from "next/navigation";

/**
 * Where a server-action form posts before JavaScript has loaded: this page,
 * as `action=""` did, but spelled out, since HTML requires a non-empty URL
 * there and React writes `action=""` unless useActionState is given a
 * permalink. Its fragment is the form's `id`: React keys a posted form's
 * result by the permalink, so only the form that was sent shows an outcome,
 * and the browser lands on that form, its message in view. The fragment
 * never reaches the server. A form whose action always redirects (sign-out)
 * passes `{ fragment: false }`: browsers carry a fragment over a redirect
 * that has none, so the next page's address would end in it.
 */
export function usePermalink({ fragment = true }: { fragment?: boolean } = {}): { permalink: string; id: string } {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const id = `form${useId()}`;
  return { permalink: `${pathname}${search ? `?${search}` : ""}${fragment ? `#${id}` : ""}`, id };
}
