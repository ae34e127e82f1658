"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { APIError } from "better-auth/api";
import { FAILED, NOT_ALLOWED, echoValues, type ActionResult } from "@/lib/admin/action-result";
import { auth } from "@/lib/auth/server";
import { assertAccount } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { recordAccountEvent } from "@/lib/editorial/account-events";
import { accountFieldLimits, changePasswordSchema, profileNameSchema } from "@/lib/validations/account";
import { zodFieldErrors } from "@/lib/validations/field-errors";

// The signed-in editor's own account: the only changes the product offers
// them. better-auth's own update-user and change-password endpoints are closed
// to the browser (app/api/auth/[...all]/route.ts); these actions check the
// session, validate, and leave a line in the account history for admins.

async function editor() {
  try {
    return await assertAccount();
  } catch {
    return null;
  }
}

export async function updateOwnName(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const me = await editor();
  if (!me) return NOT_ALLOWED;
  const values = echoValues(form, []);
  const parsed = profileNameSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error, accountFieldLimits), values };
  const { name } = parsed.data;
  if (name !== me.name) {
    await db.$transaction([
      db.user.update({ where: { id: me.id }, data: { name } }),
      recordAccountEvent({ userId: me.id, actorId: me.id, kind: "renamed", previous: me.name, current: name }),
    ]);
    revalidatePath("/[locale]/admin", "layout");
  }
  return { ok: true, message: "profile.nameSaved", messageValues: { name } };
}

export async function changeOwnPassword(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const me = await editor();
  if (!me) return NOT_ALLOWED;
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error, accountFieldLimits) };
  const requestHeaders = await headers();
  try {
    await auth.api.changePassword({ body: { ...parsed.data, revokeOtherSessions: false }, headers: requestHeaders });
  } catch (error) {
    if (error instanceof APIError && error.status === "BAD_REQUEST") return { ok: false, fieldErrors: { currentPassword: { key: "wrongPassword" } } };
    return FAILED;
  }
  // Whoever knew the old password is signed out everywhere else. better-auth's
  // own revokeOtherSessions replaces this session too, and the page re-rendered
  // after the action would still carry the old cookie and bounce to sign-in.
  const current = await auth.api.getSession({ headers: requestHeaders });
  await db.session.deleteMany({ where: { userId: me.id, NOT: { id: current?.session.id ?? "" } } });
  await recordAccountEvent({ userId: me.id, actorId: me.id, kind: "passwordChanged" });
  return { ok: true, message: "profile.passwordSaved" };
}
