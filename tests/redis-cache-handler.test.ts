import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRedis } from "../scripts/lib/redis-server.mjs";

// The shared cache against a real redis-server: what one instance writes or
// revalidates, another sees. Each "instance" is a handler made for its own
// build folder, as Next makes one per request.

type Handler = {
  get(key: string, context?: { tags?: string[]; softTags?: string[] }): Promise<Entry | null>;
  set(key: string, value: unknown, context?: { tags?: string[]; cacheControl?: { revalidate: number | false; expire?: number } }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};
type Entry = { lastModified: number; value: Record<string, unknown> };
type HandlerClass = new (context: { serverDistDir: string }) => Handler;

let redis: Awaited<ReturnType<typeof startRedis>>;
let Handler: HandlerClass;
const builds = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-builds-"));

/** A build folder with its BUILD_ID, as `next build` leaves it; returns its server folder. */
function build(id: string) {
  fs.mkdirSync(path.join(builds, id, "server"), { recursive: true });
  fs.writeFileSync(path.join(builds, id, "BUILD_ID"), id);
  return path.join(builds, id, "server");
}
const instance = (buildId = "build-1") => new Handler({ serverDistDir: build(buildId) });

const page = (tags: string, html: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from([0, 1, 2, 255]),
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  headers: { "x-next-cache-tags": tags },
  status: 200,
});

beforeAll(async () => {
  redis = await startRedis();
  process.env.REDIS_URL = redis.url;
  Handler = (await import("../lib/cache/redis-cache-handler.mjs")).default as unknown as HandlerClass;
});

afterAll(async () => {
  await redis?.stop();
  fs.rmSync(builds, { recursive: true, force: true });
});

describe("the Redis cache handler", () => {
  it("a page written by one instance is read by another, bytes and segments intact", async () => {
    await instance().set("/en/reviews/drive", page("film:drive,_N_T_/en/reviews/drive", "<h1>Drive</h1>"), {
      cacheControl: { revalidate: false },
    });
    const entry = await instance().get("/en/reviews/drive", { softTags: ["_N_T_/layout"] });
    expect(entry?.value.html).toBe("<h1>Drive</h1>");
    expect(Buffer.isBuffer(entry?.value.rscData)).toBe(true);
    expect([...(entry?.value.rscData as Buffer)]).toEqual([0, 1, 2, 255]);
    expect((entry?.value.segmentData as Map<string, Buffer>).get("/_tree")?.toString()).toBe("tree");
  });

  it("a tag revalidated on one instance expires the entries carrying it on all, and only those", async () => {
    const a = instance();
    await a.set("/en/reviews/heat", page("film:heat", "<h1>Heat</h1>"));
    await a.set("/en/reviews/ran", page("film:ran", "<h1>Ran</h1>"));
    await instance().revalidateTag(["film:heat"], { expire: 0 });
    expect(await a.get("/en/reviews/heat")).toBeNull();
    expect((await a.get("/en/reviews/ran"))?.value.html).toBe("<h1>Ran</h1>");
    // Written again after the save: fresh again.
    await a.set("/en/reviews/heat", page("film:heat", "<h1>Heat, revised</h1>"));
    expect((await instance().get("/en/reviews/heat"))?.value.html).toBe("<h1>Heat, revised</h1>");
  });

  it("a path revalidation (Next's implicit soft tag) and a data entry's own tags count too", async () => {
    const a = instance();
    await a.set("/fr", page("list:home", "<h1>Accueil</h1>"));
    await instance().revalidateTag("_N_T_/fr");
    expect(await a.get("/fr", { softTags: ["_N_T_/layout", "_N_T_/fr"] })).toBeNull();

    await a.set("page-tags-key", { kind: "FETCH", data: { body: "null" }, revalidate: false }, { tags: ["feeds"] });
    expect(await a.get("page-tags-key", { tags: ["feeds"] })).not.toBeNull();
    await instance().revalidateTag("feeds");
    expect(await a.get("page-tags-key", { tags: ["feeds"] })).toBeNull();
  });

  it("a render that began before a save is not kept as fresh, however late it is written; one begun after is", async () => {
    const a = instance();
    expect(await a.get("/ja/reviews/ran")).toBeNull(); // a reader's miss: the render starts and reads the old text
    await instance().revalidateTag("film:ran-ja"); // an editor's save lands meanwhile
    await a.set("/ja/reviews/ran", page("film:ran-ja", "<h1>old text</h1>")); // the render is written after the save
    expect(await a.get("/ja/reviews/ran")).toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.set("/ja/reviews/ran", page("film:ran-ja", "<h1>new text</h1>"));
    expect((await a.get("/ja/reviews/ran"))?.value.html).toBe("<h1>new text</h1>");
  });

  it("another build neither reads nor overwrites this build's pages", async () => {
    await instance("build-1").set("/ja", page("list:home", "<h1>build 1</h1>"));
    expect(await instance("build-2").get("/ja")).toBeNull();
    await instance("build-2").set("/ja", page("list:home", "<h1>build 2</h1>"));
    expect((await instance("build-1").get("/ja"))?.value.html).toBe("<h1>build 1</h1>");
  });

  it("with Redis gone, reads miss at once and writes are skipped; a revalidation made meanwhile is recorded when it is back", async () => {
    const a = instance();
    await a.set("/ar/reviews/drive", page("film:drive-ar", "<h1>درايف</h1>"));
    await redis.stop();

    const started = Date.now();
    expect(await a.get("/ar/reviews/drive")).toBeNull();
    await a.set("/ar", page("list:home", "<h1>home</h1>"));
    await a.revalidateTag("film:drive-ar");
    expect(Date.now() - started).toBeLessThan(3000);

    redis = await startRedis({ port: redis.port });
    // The entry written before the outage is gone with the old server; write it
    // again as an instance that never saw the outage would have kept it.
    const stale = { lastModified: Date.now() - 60_000 };
    const { createClient } = await import("@redis/client");
    const client = createClient({ url: redis.url });
    await client.connect();
    const { encodeEntry } = await import("../lib/cache/cache-entry.mjs");
    await client.set("marquee:build-1:/ar/reviews/drive", encodeEntry({ ...stale, value: page("film:drive-ar", "<h1>old</h1>") }));
    await expect.poll(async () => client.get("marquee:tag:film:drive-ar"), { timeout: 10_000 }).not.toBeNull();
    expect(await a.get("/ar/reviews/drive")).toBeNull();
    await client.quit();
  });
});
