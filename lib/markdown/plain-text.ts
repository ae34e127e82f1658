import type { Nodes, Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { markdownProblem, unparsedText } from "./bounds";
import { isSpoiler, restoreOtherDirectives } from "./spoilers";

const parser = unified().use(remarkParse).use(remarkDirective);

/** Text of a node, with blocks separated by spaces and spoilers left out. */
function textOf(node: Nodes): string {
  if (isSpoiler(node)) return "";
  if ("value" in node && typeof node.value === "string" && node.type !== "html") return node.value;
  if ("children" in node) {
    const inline =
      node.type === "paragraph" ||
      node.type === "heading" ||
      node.type === "link" ||
      node.type === "emphasis" ||
      node.type === "strong" ||
      node.type === "delete";
    return (node.children as Nodes[]).map(textOf).join(inline ? "" : " ");
  }
  return node.type === "break" ? " " : "";
}

/**
 * Editor markdown as plain text for everything that is not the page itself:
 * meta and OpenGraph descriptions, JSON-LD, feeds and the search index.
 * Spoiler blocks are dropped; raw HTML is dropped rather than shown as tags.
 */
export function plainText(markdown: string): string {
  // Past the parser's limits: the words as typed, never parsed (lib/markdown/bounds.ts).
  if (markdownProblem(markdown))
    return unparsedText(markdown)
      .replace(/[\s>*_`#[\]]+/g, " ")
      .trim();
  // Most excerpts are one line of words: the parser (about 0.15 ms each, a
  // dozen per listing page) would give back the same text.
  if (NOTHING_TO_PARSE.test(markdown)) return markdown.replace(/\s+/g, " ").trim();
  return parsedText(markdown);
}

/**
 * One line with no character markdown gives a meaning to (emphasis, code,
 * links, images, HTML, entities, escapes, directives, headings, tables) that
 * does not start like a list item, a quote or a thematic break: a paragraph
 * whose text is the line itself. tests/plain-text.test.ts holds it to the parser.
 */
const NOTHING_TO_PARSE = /^(?![ \t]*(?:[-+]|\d{1,9}[.)]))[^\\`*_[\]<>!&~|:#=\n\r\0]*$/;

/** plainText through the parser, whatever the input (exported for the test that holds the shortcut to it). */
export function parsedText(markdown: string): string {
  const file = new VFile(markdown);
  const tree = parser.parse(file) as Root;
  parser.runSync(tree, file);
  restoreOtherDirectives(tree, file);
  return textOf(tree).replace(/\s+/g, " ").trim();
}

/** Plain text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.5 ? cut.slice(0, space) : cut}…`;
}
