import type { Principal } from "./roles";

/** Creates, disables and resets editor accounts: active admins only. */
export function canManageAccounts(user: Principal): boolean {
  return !!user && !user.banned && user.role === "admin";
}
