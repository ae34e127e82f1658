// Markdown shapes that are slow or fatal for micromark, for the tests and
// `npm run bench:markdown`. Each unit is repeated up to the 100 KB field size
// ("over": what an attacker would send) or as often as the limits in
// lib/markdown/bounds.ts still allow ("within": the worst a save can store).
import { markdownProblem } from "../../lib/markdown/bounds";
import { TEXT_FIELD_MAX_BYTES } from "../../lib/validations/translation";

export const HOSTILE_UNITS: Record<string, (i: number) => string> = {
  nestedQuotes: (i) => `${">".repeat(i + 1)} deeper\n`,
  quoteRun: () => ">",
  nestedLists: (i) => `${"  ".repeat(i)}- item\n`,
  directiveFences: () => ":::spoiler\n",
  brackets: () => "[",
  stars: () => "*",
  bracketsStarsUnderscores: () => "[*_",
  links: () => "[a](https://example.com/a) ",
  linkOpeners: () => "[](",
  entities: () => "&amp; ",
  textDirectives: () => ":a ",
  blankLines: () => "a\n\n",
  setextHeadings: () => "a\n=\n",
  atxHeadings: () => "# a\n",
  tableRows: () => "| a | b |\n",
  htmlBlocks: () => "<div>\n",
  backticks: () => "`",
};

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/** The unit repeated until the field is full. */
export function overLimit(name: string): string {
  const unit = HOSTILE_UNITS[name]!;
  const parts: string[] = [];
  for (let i = 0, size = 0; size + bytes(unit(i)) <= TEXT_FIELD_MAX_BYTES; i++) {
    parts.push(unit(i));
    size += bytes(unit(i));
  }
  return parts.join("");
}

/** The unit repeated as often as a save accepts, then the field filled with prose. */
export function withinLimit(name: string): string {
  const unit = HOSTILE_UNITS[name]!;
  const prose = " The film moves like a night drive, patient and bright.";
  // Grow by doubling, then bisect: markdownProblem is linear, so this stays fast.
  const repeat = (n: number) => Array.from({ length: n }, (_, i) => unit(i)).join("");
  const fits = (n: number) => !markdownProblem(repeat(n)) && bytes(repeat(n)) <= TEXT_FIELD_MAX_BYTES;
  let low = 0;
  let high = 1;
  while (fits(high)) [low, high] = [high, high * 2];
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  const text = repeat(low);
  const room = TEXT_FIELD_MAX_BYTES - bytes(text);
  return text + prose.repeat(Math.floor(room / bytes(prose)));
}
