import { describe, expect, it } from "vitest";
import { countryName, formatDate, formatList, formatRating, formatRuntime } from "@/lib/format";

describe("formatRuntime", () => {
  it("writes minutes the way each locale does", () => {
    expect(formatRuntime(100, "en")).toBe("100 minutes");
    expect(formatRuntime(1, "en")).toBe("1 minute");
    expect(formatRuntime(100, "fr")).toBe("100 minutes");
    expect(formatRuntime(100, "ja")).toMatch(/^100\s?分$/);
    expect(formatRuntime(100, "ar")).toContain("دقيقة");
  });
});

describe("formatDate", () => {
  const date = new Date("2026-10-02T23:30:00Z");

  it("writes the calendar date in UTC, in each locale's order and words", () => {
    expect(formatDate(date, "en")).toBe("October 2, 2026");
    expect(formatDate(date, "fr")).toBe("2 octobre 2026");
    expect(formatDate(date, "ja")).toBe("2026年10月2日");
    expect(formatDate(date, "ar")).toContain("أكتوبر");
  });
});

describe("other facts", () => {
  it("localizes country names from ISO codes", () => {
    expect(countryName("US", "fr")).toBe("États-Unis");
    expect(countryName("JP", "ja")).toBe("日本");
  });

  it("joins lists with the locale's conjunction", () => {
    expect(formatList(["Crime", "Drama"], "en")).toBe("Crime and Drama");
    expect(formatList(["Policier", "Drame"], "fr")).toBe("Policier et Drame");
  });

  it("shows half-star ratings with one decimal in the locale's style", () => {
    expect(formatRating(9, "en")).toBe("4.5");
    expect(formatRating(9, "fr")).toBe("4,5");
    expect(formatRating(10, "en")).toBe("5.0");
  });
});
