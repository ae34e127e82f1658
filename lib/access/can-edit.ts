import type { Principal } from "./roles";

/** Writes and publishes reviews: every active editor and admin. */
export function canEdit(user: Principal): boolean {
  return !!user && !user.banned && (user.role === "editor" || user.role === "admin");
}
