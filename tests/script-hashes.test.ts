import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import compression from "compression";
import { describe, expect, it } from "vitest";
import { hashInlineScripts, inlineScriptHashes, isPagePath, withScriptHashes } from "../scripts/lib/script-hashes.mjs";

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

  it("sends a held page compressed on a connection that stays open for the next request", async () => {
    // As scripts/serve.mjs stacks them, with a handler answering like Next with a cached page.
    const compress = compression();
    const page = "<html><script>self.__next_f=self.__next_f||[]</script>" + "<p>text</p>".repeat(500) + "</html>";
    const server = http.createServer((request, response) =>
      compress(request, response, () => {
        hashInlineScripts(request, response);
        response.setHeader("content-type", "text/html; charset=utf-8");
        response.setHeader("x-nextjs-cache", "HIT");
        response.setHeader("content-security-policy", "script-src 'self' 'unsafe-inline'");
        response.write(page.slice(0, 1000));
        response.end(page.slice(1000));
      }),
    );
    let connections = 0;
    server.on("connection", () => connections++);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
        const { port } = server.address() as AddressInfo;
        http
          .get({ host: "127.0.0.1", port, path: "/en/reviews/drive", agent, headers: { "accept-encoding": "gzip" } }, (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () => resolve({ headers: response.headers, body: zlib.gunzipSync(Buffer.concat(chunks)).toString("utf8") }));
          })
          .on("error", reject);
      });
    try {
      for (let i = 0; i < 3; i++) {
        const { headers, body } = await get();
        expect(body).toBe(page);
        expect(headers["content-security-policy"]).toBe(`script-src 'self' ${sha("self.__next_f=self.__next_f||[]")}`);
        expect(headers.connection).toBe("keep-alive");
      }
      // One connection for all three: a body without a length must not be ended by closing it.
      expect(connections).toBe(1);
    } finally {
      agent.destroy();
      server.close();
    }
  });
});
