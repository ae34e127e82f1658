import { describe, expect, it } from "vitest";
import { checkVersion } from "@/lib/editorial/version-check";

const saved = { version: 4, updatedAt: new Date("2026-11-25T10:00:00Z"), updatedBy: { name: "Ana", email: "ana@marquee.test" } };

describe("the version check", () => {
  it("lets a save through when nobody saved since it started", () => {
    expect(checkVersion(saved, 4)).toEqual({ ok: true });
  });

  it("refuses a save that started from an older version, naming who saved and when", () => {
    expect(checkVersion(saved, 3)).toEqual({ ok: false, by: "Ana (ana@marquee.test)", at: saved.updatedAt });
  });

  it("treats a record that does not exist yet as version 0", () => {
    expect(checkVersion(null, 0)).toEqual({ ok: true });
    expect(checkVersion(null, 1).ok).toBe(false);
  });

  it("refuses a save that claims a version from the future", () => {
    expect(checkVersion(saved, 5).ok).toBe(false);
  });
});
