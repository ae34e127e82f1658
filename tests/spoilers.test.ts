import { describe, expect, it } from "vitest";
import { plainText, truncate } from "@/lib/markdown/plain-text";
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "@/components/review/markdown";

const text = `Before the twist.

:::spoiler
The butler **did it**.
:::

After, at 10:30, with a ratio of 2:1 and :smile.`;

describe("spoiler syntax", () => {
  it("is left out of plain text, and other colons are kept as written", () => {
    const plain = plainText(text);
    expect(plain).not.toContain("butler");
    expect(plain).toBe("Before the twist. After, at 10:30, with a ratio of 2:1 and :smile.");
  });

  it("renders as a collapsed <details> with the given summary", () => {
    const html = renderToStaticMarkup(Markdown({ children: text, locale: "en", spoilerLabel: "Show spoilers" }));
    expect(html).toMatch(/<details><summary>Show spoilers<\/summary>\s*<p>The butler <strong>did it<\/strong>\.<\/p>\s*<\/details>/);
    expect(html).not.toContain("<details open");
    expect(html).toContain("10:30");
    expect(html).toContain(":smile");
  });

  it("also hides the one-line form", () => {
    expect(plainText("Fine.\n\n::spoiler[He dies.]\n\nEnd.")).toBe("Fine. End.");
  });

  it("drops raw HTML and unclosed blocks hide everything after them", () => {
    expect(plainText("a <script>x</script> b")).not.toContain("<script>");
    expect(plainText("Start.\n\n:::spoiler\nnever closed")).toBe("Start.");
  });
});

describe("truncate", () => {
  it("cuts at a word boundary with an ellipsis, counting characters not bytes", () => {
    expect(truncate("one two three four", 12)).toBe("one two…");
    expect(truncate("短い", 10)).toBe("短い");
    expect(Array.from(truncate("あ".repeat(200), 160))).toHaveLength(160);
  });
});
