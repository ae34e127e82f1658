/**
 * What the markdown pipeline accepts, checked in one linear pass before any
 * parsing. micromark (under remark and react-markdown) is quadratic or worse
 * on some shapes: 3,000 nested blockquotes, lists or directive fences take
 * minutes, and a paragraph of 30,000 `[*_` takes seconds. No review needs
 * more than these limits; everything within them parses in well under
 * 200 ms at the 100 KB field size (`npm run bench:markdown`).
 *
 * Saves refuse text over a limit with a field message; text already stored
 * that is over one (older data, direct imports) is shown as plain paragraphs
 * instead of being parsed, so no render can stall or throw.
 */
export const MARKDOWN_LIMITS = {
  /** Lines, blank ones included: block parsing costs grow faster than linearly with them. */
  lines: 400,
  /** Containers (quotes, list levels, directive fences) open around any one line. */
  depth: 8,
  /** Inline delimiters: brackets, emphasis, code ticks, angle brackets, entities, `:name` directives. */
  delimiters: 400,
  /** Lines that open or close a `:::` directive block. */
  fences: 20,
  /** `:::` blocks open inside one another (a spoiler in a spoiler is already one too many). */
  fenceDepth: 2,
} as const;

export type MarkdownProblem = "markdownTooDeep" | "markdownTooComplex";

const DELIMITERS = new Set(["[", "]", "*", "_", "`", "<", ">", "~", "\\", "&"]);
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);

/** How many containers a line's prefix opens: `>` markers, list markers and two-space indents. */
function lineDepth(line: string): number {
  let depth = 0;
  let spaces = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === " ") spaces += 1;
    else if (char === "\t") spaces += 4;
    else if (char === ">") depth += 1;
    else if ((char === "-" || char === "*" || char === "+") && (line[i + 1] === " " || line[i + 1] === "\t")) depth += 1;
    else if (char >= "0" && char <= "9") {
      let j = i;
      while (line[j]! >= "0" && line[j]! <= "9") j++;
      if ((line[j] === "." || line[j] === ")") && line[j + 1] === " ") {
        depth += 1;
        i = j;
      } else break;
    } else break;
  }
  return depth + Math.floor(spaces / 2);
}

export function markdownProblem(text: string): MarkdownProblem | null {
  let delimiters = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (DELIMITERS.has(char) || (char === ":" && isLetter(text[i + 1]))) delimiters += 1;
  }
  if (delimiters > MARKDOWN_LIMITS.delimiters) return "markdownTooComplex";
  const lines = text.split("\n");
  if (lines.length > MARKDOWN_LIMITS.lines) return "markdownTooComplex";
  let fences = 0;
  let openFences = 0;
  for (const line of lines) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith(":::")) {
      fences += 1;
      // A fence with a name opens a block; a bare one closes the innermost.
      openFences = /^:::+\s*$/.test(trimmed) ? Math.max(0, openFences - 1) : openFences + 1;
      if (fences > MARKDOWN_LIMITS.fences) return "markdownTooComplex";
      if (openFences > MARKDOWN_LIMITS.fenceDepth) return "markdownTooDeep";
    }
    if (lineDepth(line) + openFences > MARKDOWN_LIMITS.depth) return "markdownTooDeep";
  }
  return null;
}

/**
 * The fallback for text past the limits: the words as typed, never parsed,
 * with spoiler blocks left out all the same (an unclosed one hides the rest).
 */
export function unparsedText(text: string): string {
  const kept: string[] = [];
  let hidden = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (hidden > 0) {
      if (/^:::+$/.test(trimmed)) hidden -= 1;
      else if (/^:::+\s*\S/.test(trimmed)) hidden += 1;
      continue;
    }
    if (/^:::+\s*spoiler\b/i.test(trimmed)) hidden = 1;
    else if (!/^::spoiler\b/i.test(trimmed)) kept.push(line);
  }
  return kept.join("\n");
}
