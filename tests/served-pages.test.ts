import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import compression from "compression";
import { afterEach, describe, expect, it } from "vitest";
import { hashInlineScripts } from "../scripts/lib/script-hashes.mjs";
import { SERVED_PAGES, createServedPages } from "../scripts/lib/served-pages.mjs";

// The single server's kept pages, stacked as scripts/serve.mjs stacks them,
// in front of a handler that answers like Next with a cached page and counts
// how often it is asked.

type Answer = { status?: number; body: string; headers?: Record<string, string> };

async function start(answer: (url: string) => Answer) {
  const served = createServedPages(1024 * 1024);
  const compress = compression();
  let asked = 0;
  let release: (() => void) | null = null;
  let holding: Promise<void> | null = null;
  const server = http.createServer((request, response) => {
    const toNext = () =>
      compress(request, response, async () => {
        hashInlineScripts(request, response, served.watch(request, response));
        asked += 1;
        const { status = 200, body, headers = {} } = answer(request.url!);
        if (holding) await holding;
        response.statusCode = status;
        response.setHeader("content-type", "text/html; charset=utf-8");
        response.setHeader("x-nextjs-cache", "HIT");
        response.setHeader("etag", `"${body.length}"`);
        response.setHeader("content-security-policy", "script-src 'self' 'unsafe-inline'");
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        response.end(body);
      });
    if (!served.send(request, response, toNext)) toNext();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    served,
    origin,
    asked: () => asked,
    /** Makes the handler wait before it answers, until the returned function is called. */
    hold: () => {
      holding = new Promise((resolve) => (release = resolve));
      return () => {
        holding = null;
        release?.();
      };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

let stop: (() => Promise<unknown>) | null = null;
afterEach(async () => {
  await stop?.();
  delete (globalThis as Record<symbol, unknown>)[SERVED_PAGES];
});

const page = (text: string) => `<html><script>self.__next_f=[]</script><p>${text}</p>${"<p>padding</p>".repeat(300)}</html>`;

describe("pages the single server keeps and sends itself", () => {
  it("sends a cached page again without asking Next, with its script hashes, compressed as asked, and 304 for its ETag", async () => {
    let text = "first";
    const app = await start(() => ({ body: page(text) }));
    stop = app.close;
    const first = await fetch(`${app.origin}/en/reviews/drive`);
    const policy = first.headers.get("content-security-policy");
    expect(policy).toMatch(/script-src 'self' 'sha256-/);
    expect(await first.text()).toContain("first");
    text = "changed in the database, not yet revalidated";

    const again = await fetch(`${app.origin}/en/reviews/drive`, { headers: { "accept-encoding": "br" } });
    expect(again.headers.get("content-security-policy")).toBe(policy);
    expect(await again.text()).toContain("first");
    const raw = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${app.origin}/en/reviews/drive`, { headers: { "accept-encoding": "gzip" } }, resolve),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of raw) chunks.push(chunk as Buffer);
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(Buffer.concat(chunks)).toString()).toContain("first");
    const etag = first.headers.get("etag")!;
    expect((await fetch(`${app.origin}/en/reviews/drive`, { headers: { "if-none-match": etag } })).status).toBe(304);
    expect(app.asked()).toBe(1);
  });

  it("asks Next again after a save clears it, and never keeps a page that was being sent when the save came", async () => {
    let text = "before the save";
    const app = await start(() => ({ body: page(text) }));
    stop = app.close;
    await fetch(`${app.origin}/en`);
    const release = app.hold();
    const inFlight = fetch(`${app.origin}/ja`).then((r) => r.text());
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The save: revalidateTags() clears the cache through the global symbol.
    text = "after the save";
    (globalThis as Record<symbol, { clear(): void }>)[SERVED_PAGES]!.clear();
    release();
    expect(await inFlight).toContain("before the save");
    expect(await (await fetch(`${app.origin}/en`)).text()).toContain("after the save");
    expect(await (await fetch(`${app.origin}/ja`)).text()).toContain("after the save");
    expect(app.asked()).toBe(4);
  });

  it("after a save, readers of a page share the one answer Next gives; when it cannot be kept, each asks Next", async () => {
    let text = "before the save";
    let status = 200;
    const app = await start(() => ({ status, body: page(text) }));
    stop = app.close;
    await fetch(`${app.origin}/en`);
    text = "after the save";
    (globalThis as Record<symbol, { clear(): void }>)[SERVED_PAGES]!.clear();
    let release = app.hold();
    const readers = Array.from({ length: 5 }, () => fetch(`${app.origin}/en`).then((r) => r.text()));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    for (const body of await Promise.all(readers)) expect(body).toContain("after the save");
    expect(app.asked()).toBe(2);

    // The film is unpublished: a 404 is not kept, so each waiting reader gets Next's own answer.
    status = 404;
    (globalThis as Record<symbol, { clear(): void }>)[SERVED_PAGES]!.clear();
    release = app.hold();
    const gone = Array.from({ length: 3 }, () => fetch(`${app.origin}/en`).then((r) => r.status));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect(await Promise.all(gone)).toEqual([404, 404, 404]);
    expect(app.asked()).toBe(5);
  });

  it("leaves to Next what is not one page for every reader: previews, router requests, errors, cookies, other methods", async () => {
    const app = await start((url) => {
      if (url.startsWith("/missing")) return { status: 404, body: page("gone") };
      if (url.startsWith("/cookie")) return { body: page("cookie"), headers: { "set-cookie": "a=b" } };
      return { body: page("page") };
    });
    stop = app.close;
    const twice = async (path: string, init: RequestInit = {}) => {
      await fetch(`${app.origin}${path}`, init);
      await fetch(`${app.origin}${path}`, init);
    };
    await twice("/en", { headers: { cookie: "theme=dark; __prerender_bypass=abc" } });
    await twice("/en", { headers: { rsc: "1" } });
    await twice("/en?_rsc=abc");
    await twice("/missing");
    await twice("/cookie");
    await twice("/en", { method: "HEAD" });
    expect(app.asked()).toBe(12);
  });
});
