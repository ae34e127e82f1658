import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { isLocale, localeDirection, nativeLanguageName, resolveTextLocale } from "@/lib/locales";

describe("locale list", () => {
  it("has English first as the default, then Japanese, French and Arabic", () => {
    expect(routing.locales).toEqual(["en", "ja", "fr", "ar"]);
    expect(routing.defaultLocale).toBe("en");
  });

  it("recognises only configured locales", () => {
    expect(isLocale("ja")).toBe(true);
    expect(isLocale("de")).toBe(false);
    expect(isLocale("EN")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it("derives the writing direction from the language", () => {
    expect(localeDirection("ar")).toBe("rtl");
    expect(localeDirection("he")).toBe("rtl");
    expect(localeDirection("fa")).toBe("rtl");
    expect(["en", "ja", "fr"].map(localeDirection)).toEqual(["ltr", "ltr", "ltr"]);
  });

  it("names each language in its own tongue", () => {
    expect(routing.locales.map(nativeLanguageName)).toEqual(["English", "日本語", "Français", "العربية"]);
  });
});

describe("resolveTextLocale", () => {
  it("gives readers their own language when it is published", () => {
    expect(resolveTextLocale(["en", "ja"], "ja")).toEqual({ locale: "ja", isFallback: false });
  });

  it("falls back to the default locale and says so", () => {
    expect(resolveTextLocale(["en", "fr"], "ja")).toEqual({ locale: "en", isFallback: true });
  });

  it("falls back to the film's source locale when the default is not published", () => {
    expect(resolveTextLocale(["fr", "ar"], "ja", "ar")).toEqual({ locale: "ar", isFallback: true });
  });

  it("falls back to any published locale, in list order, as a last resort", () => {
    expect(resolveTextLocale(["ar", "fr"], "ja", "en")).toEqual({ locale: "fr", isFallback: true });
  });

  it("ignores locales that are not configured", () => {
    expect(resolveTextLocale(["de"], "en")).toBeNull();
  });

  it("returns null when nothing is published", () => {
    expect(resolveTextLocale([], "en")).toBeNull();
  });
});
