import { describe, expect, it } from "vitest";
import { TEXT_FIELD_MAX_BYTES, translationSchema } from "@/lib/validations/translation";
import { validTranslationForm } from "./fixtures/translation-form";

const valid = validTranslationForm;

describe("translationSchema", () => {
  it("accepts a complete translation and reads the version it started from", () => {
    const parsed = translationSchema.parse(valid);
    expect(parsed.version).toBe(3);
    expect(parsed.publishAt).toBeNull();
  });

  it("names each missing required field", () => {
    const result = translationSchema.safeParse({ ...valid, title: " ", synopsis: "" });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(issues).toMatchObject({ title: "required", synopsis: "required" });
  });

  it("refuses a text field over 100 KB, counted in bytes", () => {
    const justOver = "é".repeat(TEXT_FIELD_MAX_BYTES / 2 + 1); // 2 bytes each
    const result = translationSchema.safeParse({ ...valid, commentary: justOver });
    expect(result.error!.issues[0]).toMatchObject({ path: ["commentary"], message: "tooLarge" });
    expect(translationSchema.safeParse({ ...valid, commentary: "a".repeat(TEXT_FIELD_MAX_BYTES) }).success).toBe(true);
  });

  it("reads a schedule time as UTC and refuses nonsense", () => {
    expect(translationSchema.parse({ ...valid, publishAt: "2026-12-01T09:30" }).publishAt).toEqual(new Date("2026-12-01T09:30:00Z"));
    expect(translationSchema.safeParse({ ...valid, publishAt: "next tuesday" }).error!.issues[0]!.message).toBe("invalidDate");
  });
});
