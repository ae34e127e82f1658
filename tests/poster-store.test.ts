import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3 } from "../scripts/lib/s3-server.mjs";

// Posters in an S3-compatible object store (a real s3rver on 127.0.0.1), as
// every instance of a multi-instance deployment stores and serves them.

let s3: Awaited<ReturnType<typeof startS3>>;

beforeAll(async () => {
  s3 = await startS3();
  Object.assign(process.env, s3.env);
});

afterAll(async () => {
  await s3?.stop();
});

describe("posters in S3", () => {
  it("a stored poster comes back byte for byte under its public path", async () => {
    const { storePoster, mediaFile } = await import("@/lib/media");
    const { posterStore } = await import("@/lib/poster-store");
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(300_000)]);
    const publicPath = await storePoster(bytes, "png");
    const media = mediaFile(publicPath.split("/").slice(2));
    expect(media?.type).toBe("image/png");
    const stored = await posterStore().get(media!.name);
    expect(Buffer.from(stored!).equals(bytes)).toBe(true);
    // Nothing was written to the local folder.
    expect(fs.existsSync(path.join(process.cwd(), "data", "uploads", "posters", media!.name))).toBe(false);
  });

  it("a name never stored is not found", async () => {
    const { posterStore } = await import("@/lib/poster-store");
    expect(await posterStore().get(`${"0".repeat(24)}.jpg`)).toBeNull();
  });
});
