import { describe, expect, it } from "vitest";
import { isLive, isOutdated, translationState } from "@/lib/editorial/status";

const now = new Date("2026-11-25T12:00:00Z");
const earlier = new Date("2026-11-25T11:59:59Z");
const later = new Date("2026-11-25T12:00:01Z");

describe("the scheduling rule", () => {
  it("shows a published translation once its time has come, not before", () => {
    expect(isLive({ status: "published", publishedAt: earlier }, now)).toBe(true);
    expect(isLive({ status: "published", publishedAt: now }, now)).toBe(true);
    expect(isLive({ status: "published", publishedAt: later }, now)).toBe(false);
  });

  it("never shows drafts or translations without a publication time", () => {
    expect(isLive({ status: "draft", publishedAt: earlier }, now)).toBe(false);
    expect(isLive({ status: "published", publishedAt: null }, now)).toBe(false);
  });
});

describe("the outdated computation", () => {
  const t = (sourceVersion: number | null) => ({ status: "published", publishedAt: earlier, sourceVersion });

  it("flags a translation made from an older source version", () => {
    expect(isOutdated(t(2), { textVersion: 3 }, false)).toBe(true);
  });

  it("does not flag a translation made from the current source version", () => {
    expect(isOutdated(t(3), { textVersion: 3 }, false)).toBe(false);
  });

  it("never flags the source itself, or a translation with no recorded source", () => {
    expect(isOutdated(t(1), { textVersion: 3 }, true)).toBe(false);
    expect(isOutdated(t(null), { textVersion: 3 }, false)).toBe(false);
    expect(isOutdated(t(1), null, false)).toBe(false);
  });
});

describe("translationState", () => {
  const source = { textVersion: 2 };
  it.each([
    [null, "missing"],
    [{ status: "draft", publishedAt: null, sourceVersion: 2 }, "draft"],
    [{ status: "published", publishedAt: later, sourceVersion: 2 }, "scheduled"],
    [{ status: "published", publishedAt: earlier, sourceVersion: 2 }, "published"],
    [{ status: "published", publishedAt: earlier, sourceVersion: 1 }, "outdated"],
    [{ status: "draft", publishedAt: null, sourceVersion: 1 }, "outdated"],
    [{ status: "unpublished", publishedAt: earlier, sourceVersion: 2 }, "unpublished"],
    [{ status: "unpublished", publishedAt: earlier, sourceVersion: 1 }, "outdated"],
  ] as const)("%o is %s", (facts, expected) => {
    expect(translationState(facts, source, false, now)).toBe(expected);
  });
});
