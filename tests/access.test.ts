import { describe, expect, it } from "vitest";
import { canEdit, canTranslate, canUseAdmin, translatorLocalesOf } from "@/lib/access/can-edit";
import { canManageAccounts } from "@/lib/access/can-manage-accounts";

describe("role predicates", () => {
  it.each([
    [{ role: "admin" }, true, true],
    [{ role: "editor" }, true, false],
    [{ role: "admin", banned: true }, false, false],
    [{ role: "editor", banned: true }, false, false],
    [{ role: "translator", translatorLocales: "ja" }, false, false],
    [{ role: "user" }, false, false],
    [{ role: null }, false, false],
    [null, false, false],
    [undefined, false, false],
  ])("%o: edit %s, manage accounts %s", (user, edit, manage) => {
    expect(canEdit(user)).toBe(edit);
    expect(canManageAccounts(user)).toBe(manage);
  });
});

describe("translators", () => {
  const ja = { role: "translator", translatorLocales: "ja, fr" };
  it("work in their own locales only, and never on facts", () => {
    expect(translatorLocalesOf(ja)).toEqual(["ja", "fr"]);
    expect(canUseAdmin(ja)).toBe(true);
    expect(canTranslate(ja, "ja")).toBe(true);
    expect(canTranslate(ja, "fr")).toBe(true);
    expect(canTranslate(ja, "en")).toBe(false);
    expect(canEdit(ja)).toBe(false);
  });

  it("lose everything when disabled, and a translator with no locale may translate nothing", () => {
    expect(canUseAdmin({ ...ja, banned: true })).toBe(false);
    expect(canTranslate({ ...ja, banned: true }, "ja")).toBe(false);
    expect(canTranslate({ role: "translator", translatorLocales: "" }, "ja")).toBe(false);
  });

  it("give editors and admins every locale, and nobody else any", () => {
    expect(canTranslate({ role: "editor" }, "ar")).toBe(true);
    expect(canTranslate({ role: "admin" }, "ar")).toBe(true);
    expect(canTranslate({ role: "user", translatorLocales: "ar" }, "ar")).toBe(false);
    expect(translatorLocalesOf({ role: "editor", translatorLocales: "ja" })).toEqual([]);
  });
});
