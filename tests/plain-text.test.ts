import { describe, expect, it } from "vitest";
import { parsedText, plainText } from "@/lib/markdown/plain-text";
import { seedFilms } from "@/prisma/seed/films";

// plainText skips the markdown parser for a line it would hand back as it is
// (most excerpts). Whatever the input, the answer must be the parser's.

const tricky = [
  "A quiet driver, a getaway, a city at night.",
  "運転手は夜の街を走る。",
  "سائق هادئ في مدينة ليلية.",
  "Un chauffeur, une nuit, une ville — et « le silence ».",
  "  spaced   out\twords  ",
  "1. A list item, not a sentence",
  "2) Another list style",
  "1999. A year that starts a list",
  "- dash item",
  "+ plus item",
  "* star item",
  "---",
  "***",
  "> a quote",
  "# A heading",
  "Heading\n===",
  "Tom & Jerry &amp; friends",
  "An *emphasised* and __strong__ word",
  "`code` and \\*escaped\\*",
  "A [link](https://example.com) and ![image](x.png)",
  "<b>raw</b> html",
  "A :directive[text] here",
  "Ratio 2:1 at 10:30",
  "Two lines\nof text",
  "Hard break  \nhere",
  "    indented code",
  "\tTabbed",
  "a | table | row",
  "x = y",
  "~~struck~~",
  "",
  "   ",
];

const seedTexts = seedFilms.flatMap((film) =>
  Object.values(film.translations).flatMap((t) => (t ? [t.excerpt, ...t.synopsis.split("\n"), ...t.commentary.split("\n")] : [])),
);

describe("plainText", () => {
  it.each(tricky)("gives the parser's answer for %j", (input) => {
    expect(plainText(input)).toBe(parsedText(input));
  });

  it("gives the parser's answer for every excerpt and line of the demo reviews", () => {
    expect(seedTexts.length).toBeGreaterThan(50);
    for (const input of seedTexts) expect(plainText(input), input).toBe(parsedText(input));
  });
});
