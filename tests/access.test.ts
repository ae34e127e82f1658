import { describe, expect, it } from "vitest";
import { canEdit } from "@/lib/access/can-edit";
import { canManageAccounts } from "@/lib/access/can-manage-accounts";

describe("role predicates", () => {
  it.each([
    [{ role: "admin" }, true, true],
    [{ role: "editor" }, true, false],
    [{ role: "admin", banned: true }, false, false],
    [{ role: "editor", banned: true }, false, false],
    [{ role: "user" }, false, false],
    [{ role: null }, false, false],
    [null, false, false],
    [undefined, false, false],
  ])("%o: edit %s, manage accounts %s", (user, edit, manage) => {
    expect(canEdit(user)).toBe(edit);
    expect(canManageAccounts(user)).toBe(manage);
  });
});
