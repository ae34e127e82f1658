import { ACCOUNT_IDENTITY, accountLabel } from "@/lib/access/identity";
import { db } from "@/lib/db";

export const ACCOUNT_EVENT_KINDS = ["created", "renamed", "passwordChanged", "passwordReset", "disabled", "enabled"] as const;
export type AccountEventKind = (typeof ACCOUNT_EVENT_KINDS)[number];

/** Adds one line to the account history admins read on the accounts page. */
export function recordAccountEvent(event: { userId: string; actorId: string; kind: AccountEventKind; previous?: string; current?: string }) {
  return db.accountEvent.create({ data: event });
}

/** The latest events, newest first, each naming both accounts by name and email. */
export async function recentAccountEvents(limit = 50) {
  const rows = await db.accountEvent.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      kind: true,
      previous: true,
      current: true,
      createdAt: true,
      user: { select: ACCOUNT_IDENTITY },
      actor: { select: ACCOUNT_IDENTITY },
    },
  });
  return rows.map((row) => ({
    ...row,
    kind: row.kind as AccountEventKind,
    account: accountLabel(row.user),
    actor: row.actor ? accountLabel(row.actor) : null,
  }));
}
