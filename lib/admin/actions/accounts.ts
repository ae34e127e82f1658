"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { auth } from "@/lib/auth/server";
import { assertAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { recordAccountEvent } from "@/lib/editorial/account-events";
import { FAILED, NOT_ALLOWED, echoValues, type ActionResult } from "@/lib/admin/action-result";
import { accountFieldLimits, accountStatusSchema, createAccountSchema, resetPasswordSchema } from "@/lib/validations/account";
import { zodFieldErrors } from "@/lib/validations/field-errors";

// Account management: admins only. Each action checks the session and role
// itself; the pages that show these forms are not the guard.

async function admin() {
  try {
    return await assertAdmin();
  } catch {
    return null;
  }
}

const refresh = () => revalidatePath("/[locale]/admin/accounts", "page");

export async function createAccount(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const me = await admin();
  if (!me) return NOT_ALLOWED;
  const values = echoValues(form, ["password"]);
  const parsed = createAccountSchema.safeParse({ ...Object.fromEntries(form), translatorLocales: form.getAll("translatorLocales") });
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error, accountFieldLimits), values };
  const { translatorLocales, ...account } = parsed.data;
  const taken = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
  if (taken) return { ok: false, fieldErrors: { email: { key: "emailTaken" } }, values };
  try {
    const { user } = await auth.api.createUser({ body: account, headers: await headers() });
    if (account.role === "translator") {
      await db.user.update({ where: { id: user.id }, data: { translatorLocales: translatorLocales.join(",") } });
    }
    await recordAccountEvent({ userId: user.id, actorId: me.id, kind: "created", current: parsed.data.name });
  } catch {
    return { ...FAILED, values };
  }
  refresh();
  return { ok: true, message: "accounts.created", messageValues: { email: parsed.data.email } };
}

export async function setAccountDisabled(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const me = await admin();
  if (!me) return NOT_ALLOWED;
  const parsed = accountStatusSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return FAILED;
  const { userId, disabled } = parsed.data;
  if (userId === me.id) return { ok: false, message: "errors.selfDisable" };
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return FAILED;
  try {
    const requestHeaders = await headers();
    // Banning also deletes the account's sessions, so it is signed out everywhere at once.
    if (disabled) await auth.api.banUser({ body: { userId, banReason: "disabled by an admin" }, headers: requestHeaders });
    else await auth.api.unbanUser({ body: { userId }, headers: requestHeaders });
    await recordAccountEvent({ userId, actorId: me.id, kind: disabled ? "disabled" : "enabled" });
  } catch {
    return FAILED;
  }
  refresh();
  return { ok: true, message: disabled ? "accounts.disabledDone" : "accounts.enabledDone", messageValues: { email: user.email } };
}

export async function resetAccountPassword(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const me = await admin();
  if (!me) return NOT_ALLOWED;
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error, accountFieldLimits) };
  const user = await db.user.findUnique({ where: { id: parsed.data.userId }, select: { email: true } });
  if (!user) return FAILED;
  try {
    const requestHeaders = await headers();
    await auth.api.setUserPassword({ body: parsed.data, headers: requestHeaders });
    // Whoever knew the old password is signed out.
    await auth.api.revokeUserSessions({ body: { userId: parsed.data.userId }, headers: requestHeaders });
    await recordAccountEvent({ userId: parsed.data.userId, actorId: me.id, kind: "passwordReset" });
  } catch {
    return FAILED;
  }
  refresh();
  return { ok: true, message: "accounts.resetDone", messageValues: { email: user.email } };
}
