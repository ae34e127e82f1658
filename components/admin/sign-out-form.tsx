"use client";

import { useActionState } from "react";
import { signOut } from "@/lib/admin/actions/session";
import { usePermalink } from "./use-permalink";

/** The admin bar's sign-out: a form that works before JavaScript has loaded, posting to this page. */
export function SignOutForm({ locale, label, children }: { locale: string; label: string; children: React.ReactNode }) {
  const postback = usePermalink({ fragment: false });
  const [, action] = useActionState(signOut, null, postback.permalink);
  return (
    <form id={postback.id} action={action} className="admin-bar__session">
      {children}
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="button">
        {label}
      </button>
    </form>
  );
}
