// The two roles. Kept apart from the auth library so predicates and tests
// need no running server.
export const ROLES = ["editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type Principal = { role?: string | null; banned?: boolean | null } | null | undefined;
