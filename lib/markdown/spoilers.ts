import type { Nodes, Parent, Root, RootContent } from "mdast";
import type { ContainerDirective, LeafDirective, TextDirective } from "mdast-util-directive";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";

/**
 * Spoilers are marked with a directive block (remark-directive syntax):
 *
 *     :::spoiler
 *     What happens in the last reel.
 *     :::
 *
 * Readers get a collapsed <details> with a localized summary; every plain
 * text made from the markdown (meta description, JSON-LD, feeds, search)
 * leaves the block out. `::spoiler[one line]` works too.
 */
export const SPOILER = "spoiler";

type Directive = ContainerDirective | LeafDirective | TextDirective;
const DIRECTIVES = new Set(["containerDirective", "leafDirective", "textDirective"]);

function isDirective(node: Nodes): node is Directive {
  return DIRECTIVES.has(node.type);
}

export function isSpoiler(node: Nodes): boolean {
  return isDirective(node) && node.name === SPOILER && node.type !== "textDirective";
}

/**
 * Any other directive was not meant as one ("at 10:30", "ratio 2:1"): put the
 * author's exact source text back, so colons never make words disappear.
 */
export function restoreOtherDirectives(tree: Root, file: VFile) {
  visit(tree, (node, index, parent) => {
    if (!isDirective(node) || isSpoiler(node) || !parent || index === undefined) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const value = start !== undefined && end !== undefined ? String(file.value).slice(start, end) : `:${node.name}`;
    const text = { type: "text" as const, value };
    (parent as Parent).children[index] = (node.type === "textDirective" ? text : { type: "paragraph", children: [text] }) as RootContent;
    return SKIP;
  });
}

/** remark plugin for rendering: spoiler directives become <details><summary>{label}</summary>…</details>. */
export function remarkSpoilers(options: { label: string }) {
  return (tree: Root, file: VFile) => {
    restoreOtherDirectives(tree, file);
    visit(tree, (node) => {
      if (!isSpoiler(node)) return;
      const directive = node as ContainerDirective | LeafDirective;
      directive.data = { hName: "details" };
      const summary = { type: "paragraph", data: { hName: "summary" }, children: [{ type: "text", value: options.label }] };
      if (directive.type === "leafDirective") {
        const body = { type: "paragraph", children: directive.children };
        (directive as unknown as Parent).children = [summary, body] as RootContent[];
      } else {
        (directive as Parent).children = [
          summary,
          ...directive.children.filter((child) => !(child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel),
        ] as RootContent[];
      }
    });
  };
}
