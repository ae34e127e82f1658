import { describe, expect, it } from "vitest";
import { paragraphChanges } from "@/lib/editorial/source-changes";

const marked = (changes: ReturnType<typeof paragraphChanges>) =>
  changes.map((c) => ({
    kind: c.kind,
    text: c.parts.map((p) => (p.added ? `[+${p.value}]` : p.removed ? `[-${p.value}]` : p.value)).join(""),
  }));

describe("what changed in a source text, paragraph by paragraph", () => {
  it("lists only the paragraphs that changed, with their words marked", () => {
    const before = "One stays.\n\nThe river is slow.\n\nThree stays.";
    const after = "One stays.\n\nThe river is fast.\n\nThree stays.";
    expect(marked(paragraphChanges(before, after))).toEqual([{ kind: "changed", text: "The river is [-slow][+fast]." }]);
  });

  it("does not mark every later paragraph when one is inserted or removed", () => {
    const before = "Alpha.\n\nGamma.\n\nDelta.";
    expect(marked(paragraphChanges(before, "Alpha.\n\nBeta.\n\nGamma.\n\nDelta."))).toEqual([{ kind: "added", text: "[+Beta.]" }]);
    expect(marked(paragraphChanges(before, "Alpha.\n\nDelta."))).toEqual([{ kind: "removed", text: "[-Gamma.]" }]);
  });

  it("pairs a rewrite and reports what is left over as added", () => {
    const changes = marked(paragraphChanges("Old ending.", "New ending.\n\nAn epilogue."));
    expect(changes.map((c) => c.kind)).toEqual(["changed", "added"]);
  });

  it("finds nothing between equal texts, whatever their line endings and blank lines", () => {
    expect(paragraphChanges("A.\r\n\r\nB.", "A.\n\n\n\nB.\n")).toEqual([]);
    expect(paragraphChanges("", "")).toEqual([]);
  });

  it("works on Japanese and Arabic text", () => {
    expect(marked(paragraphChanges("静かな川。", "速い川。"))[0]?.kind).toBe("changed");
    expect(marked(paragraphChanges("", "فقرة جديدة."))).toEqual([{ kind: "added", text: "[+فقرة جديدة.]" }]);
  });
});
