import { accountLabel, type AccountIdentity } from "@/lib/access/identity";
// Optimistic concurrency: every save carries the version it started from.

export type Versioned = { version: number; updatedAt: Date; updatedBy: AccountIdentity | null } | null;

export type VersionCheck = { ok: true } | { ok: false; by: string; at: Date };

/**
 * Whether a save that started from `startedFrom` may go ahead. A record that
 * does not exist yet is version 0. When someone saved in between, says who
 * and when, so the editor can find their change.
 */
export function checkVersion(current: Versioned, startedFrom: number): VersionCheck {
  const version = current?.version ?? 0;
  if (version === startedFrom) return { ok: true };
  return { ok: false, by: current?.updatedBy ? accountLabel(current.updatedBy) : "?", at: current?.updatedAt ?? new Date(0) };
}
