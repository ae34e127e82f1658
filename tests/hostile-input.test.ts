import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/review/markdown";
import { markdownProblem } from "@/lib/markdown/bounds";
import { plainText } from "@/lib/markdown/plain-text";
import { zodFieldErrors } from "@/lib/validations/field-errors";
import { filmSchema } from "@/lib/validations/film";
import { withoutForbiddenChars } from "@/lib/validations/text";
import { translationSchema } from "@/lib/validations/translation";
import { validTranslationForm } from "./fixtures/translation-form";
import { HOSTILE_UNITS, overLimit, withinLimit } from "../scripts/lib/hostile-markdown";

const translation = { ...validTranslationForm, version: "0" };
const film = {
  slug: "drive",
  originalTitle: "Drive",
  originalLang: "en",
  year: "2011",
  runtimeMinutes: "100",
  countries: ["US"],
  genres: [],
  rating: "",
  trailerUrl: "",
  trailerTitle: "",
  criticName: "",
  sourceKind: "",
  sourceTitle: "",
  sourceYear: "",
  sourceAuthors: "",
  directors: "Nicolas Winding Refn",
  writers: "",
  composers: "",
  cast: "",
  awards: "",
  version: "0",
};
const firstError = (result: { success: boolean; error?: Parameters<typeof zodFieldErrors>[0] }) => zodFieldErrors(result.error!);

describe("characters XML forbids", () => {
  it("are stripped from every text a save accepts, and nothing else is", () => {
    const parsed = translationSchema.parse({
      ...translation,
      title: "Dri\u0000ve\u0001",
      excerpt: "tab\tand\nnewline stay \uD83C\uDFAC",
      commentary: "a\uFFFEb\uD800c",
    });
    expect(parsed.title).toBe("Drive");
    expect(parsed.excerpt).toBe("tab\tand\nnewline stay \uD83C\uDFAC");
    expect(parsed.commentary).toBe("abc");
    expect(filmSchema.parse({ ...film, originalTitle: "Dr\u0008ive", cast: "Ryan\u001F Gosling | Driver" }).originalTitle).toBe("Drive");
    expect(withoutForbiddenChars("<a>\u000B</a>")).toBe("<a></a>");
  });
});

describe("facts form numbers and codes", () => {
  it.each(["0x7E3", "1e3", "2011.0", "+2011", "٢٠١١", "2011abc"])("refuses the year %s", (year) => {
    expect(firstError(filmSchema.safeParse({ ...film, year })).year).toEqual({ key: "year", values: { min: 1888, max: expect.any(Number) } });
  });

  it("accepts decimal digits", () => {
    expect(filmSchema.parse({ ...film, year: " 2019 ", runtimeMinutes: "0100" })).toMatchObject({ year: 2019, runtimeMinutes: 100 });
  });

  it("takes real ISO codes only", () => {
    expect(firstError(filmSchema.safeParse({ ...film, originalLang: "english" })).originalLang?.key).toBe("language");
    expect(firstError(filmSchema.safeParse({ ...film, originalLang: "xx" })).originalLang?.key).toBe("language");
    expect(firstError(filmSchema.safeParse({ ...film, countries: ["US", "QQ"] })).countries?.key).toBe("countries");
    expect(filmSchema.parse({ ...film, originalLang: "fa", countries: ["IR", "FR", "IR"] })).toMatchObject({
      originalLang: "fa",
      countries: ["IR", "FR"],
    });
    expect(filmSchema.parse({ ...film, countries: "US, FR" }).countries).toEqual(["US", "FR"]);
  });

  it("reduces Wikidata and IMDb links to their ids, and refuses anything else", () => {
    const parsed = (wikidataId: string, imdbId: string) => filmSchema.parse({ ...film, wikidataId, imdbId });
    expect(parsed("https://www.wikidata.org/wiki/Q1214232", "https://www.imdb.com/title/tt0780504/?ref_=nv_sr_1")).toMatchObject({
      wikidataId: "Q1214232",
      imdbId: "tt0780504",
    });
    expect(parsed(" q42 ", "TT0780504")).toMatchObject({ wikidataId: "Q42", imdbId: "tt0780504" });
    expect(parsed("", "")).toMatchObject({ wikidataId: null, imdbId: null });
    for (const [wikidataId, imdbId] of [
      ["Q0", "tt123"],
      ["https://evil.example/wiki/Q42", "https://www.imdb.com/name/nm0000001/"],
      ["Q42 javascript:alert(1)", "https://imdb.com.evil.example/title/tt0780504/"],
    ]) {
      const errors = firstError(filmSchema.safeParse({ ...film, wikidataId, imdbId }));
      expect([errors.wikidataId?.key, errors.imdbId?.key]).toEqual(["wikidataId", "imdbId"]);
    }
  });

  it("takes a trailer's upload day as a real date, not in the future", () => {
    expect(filmSchema.parse({ ...film, trailerUploadDate: "2011-06-01" }).trailerUploadDate).toEqual(new Date("2011-06-01T00:00:00Z"));
    expect(filmSchema.parse({ ...film }).trailerUploadDate).toBeNull();
    for (const day of ["2011-02-30", "01/06/2011", "2999-01-01", "2011-06-01T00:00"]) {
      expect(firstError(filmSchema.safeParse({ ...film, trailerUploadDate: day })).trailerUploadDate?.key, day).toBe("day");
    }
  });

  it("names the limit in every too-long message", () => {
    const errors = firstError(filmSchema.safeParse({ ...film, cast: "x".repeat(50_001), writers: "y".repeat(20_001) }));
    expect(errors.cast).toEqual({ key: "tooLong", values: { max: 50_000 } });
    expect(errors.writers).toEqual({ key: "tooLong", values: { max: 20_000 } });
  });
});

describe("markdown past the pipeline's limits", () => {
  const shapes = Object.keys(HOSTILE_UNITS);

  it.each(shapes)("%s: a save refuses the hostile text with a field message and its limits", (shape) => {
    const errors = firstError(translationSchema.safeParse({ ...translation, commentary: overLimit(shape) }));
    expect(["markdownTooDeep", "markdownTooComplex"]).toContain(errors.commentary?.key);
    expect(errors.commentary?.values).toMatchObject({ depth: 8, lines: 400, delimiters: 400 });
  });

  it.each(shapes)("%s: the worst text within the limits is accepted", (shape) => {
    expect(markdownProblem(withinLimit(shape))).toBeNull();
    expect(translationSchema.safeParse({ ...translation, commentary: withinLimit(shape) }).success).toBe(true);
  });

  it("already stored hostile text renders as plain paragraphs, spoilers still hidden", () => {
    const stored = `${">".repeat(3000)} the words\n\n:::spoiler\nThe driver dies.\n:::\n\nThe end.`;
    expect(markdownProblem(stored)).toBe("markdownTooComplex");
    const html = renderToStaticMarkup(Markdown({ children: stored, locale: "en", spoilerLabel: "Show spoilers" }));
    expect(html).toContain("prose--plain");
    expect(html).toContain("the words");
    expect(html).toContain("The end.");
    expect(html).not.toContain("The driver dies");
    expect(plainText(stored)).not.toContain("The driver dies");
    expect(plainText(stored)).toContain("The end.");
  });

  it("renders and indexes the worst stored text of every shape without throwing", () => {
    for (const shape of shapes) {
      for (const text of [overLimit(shape), withinLimit(shape)]) {
        expect(() => renderToStaticMarkup(Markdown({ children: text, locale: "en", spoilerLabel: "Show spoilers" }))).not.toThrow();
        expect(typeof plainText(text)).toBe("string");
      }
    }
  });
});
