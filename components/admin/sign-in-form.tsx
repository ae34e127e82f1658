"use client";

import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { useHydrated } from "./use-hydrated";

type Messages = Record<"email" | "password" | "submit" | "submitting" | "invalid" | "tooMany" | "disabled" | "failed", string>;

type Props = { messages: Messages; next: string };

/**
 * Posts to better-auth's sign-in endpoint, which rate-limits attempts. One
 * generic message for a wrong email or password, so the form never tells
 * which accounts exist.
 */
export function SignInForm({ messages, next }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const ready = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.signIn.email({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    if (!failure) {
      window.location.assign(next);
      return;
    }
    setPending(false);
    if (failure.status === 429) setError(messages.tooMany);
    else if (failure.status === 403 && /banned/i.test(failure.message ?? "")) setError(messages.disabled);
    else if (failure.status === 401 || failure.status === 400) setError(messages.invalid);
    else setError(messages.failed);
  }

  return (
    // Signing in needs JavaScript. method="post" keeps a password typed before
    // the page is ready out of the address bar and server logs.
    <form className="admin-form" onSubmit={onSubmit} method="post" data-ready={ready ? "" : undefined}>
      <div className="field">
        <label htmlFor="email">{messages.email}</label>
        <input id="email" name="email" type="email" autoComplete="username" required dir="ltr" />
      </div>
      <div className="field">
        <label htmlFor="password">{messages.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required dir="ltr" />
      </div>
      <p className="form-error" role="alert" aria-live="assertive">
        {error}
      </p>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? messages.submitting : messages.submit}
      </button>
    </form>
  );
}
