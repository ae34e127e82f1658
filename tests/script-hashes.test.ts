import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, isPagePath, withScriptHashes } from "../scripts/lib/script-hashes.mjs";

const sha = (text: string) => `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inline script hashes for the Content-Security-Policy", () => {
  it("hashes every inline script the browser runs, exactly as written, and nothing else", () => {
    const html = [
      "<script>self.__next_f=self.__next_f||[]</script>",
      '<script id="_R_">(globalThis["TURBOPACK"]||[]).push({})</script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"Review"}</script>',
      '<script>self.__next_f.push([1,"é \\u003c"])</script>',
      "<script>self.__next_f=self.__next_f||[]</script>",
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([
      sha("self.__next_f=self.__next_f||[]"),
      sha('(globalThis["TURBOPACK"]||[]).push({})'),
      sha('self.__next_f.push([1,"é \\u003c"])'),
    ]);
  });

  it("replaces 'unsafe-inline' in script-src only", () => {
    const policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";
    expect(withScriptHashes(policy, ["'sha256-a'", "'sha256-b'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'",
    );
  });

  it("holds back pages only, never files, Next's assets or the API", () => {
    expect(["/en", "/ar/reviews/drive", "/en/search?q=a.b", "/"].map(isPagePath)).toEqual([true, true, true, true]);
    expect(["/_next/static/chunks/a.js", "/api/auth/session", "/media/posters/x.webp", "/en/feed.xml", "/favicon.ico"].map(isPagePath)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
