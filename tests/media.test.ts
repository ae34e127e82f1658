import { describe, expect, it } from "vitest";
import { detectImageType, mediaFile } from "@/lib/media";

describe("detectImageType", () => {
  it("recognises JPEG, PNG and WebP by their bytes", () => {
    expect(detectImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))?.type).toBe("image/jpeg");
    expect(detectImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.type).toBe("image/png");
    expect(detectImageType(Buffer.from("RIFF\0\0\0\0WEBPVP8 ", "latin1"))?.type).toBe("image/webp");
  });

  it("refuses anything else, whatever its name says", () => {
    expect(detectImageType(Buffer.from("<svg onload=alert(1)>"))).toBeNull();
    expect(detectImageType(Buffer.from("GIF89a"))).toBeNull();
    expect(detectImageType(Buffer.alloc(0))).toBeNull();
  });
});

describe("mediaFile", () => {
  it("serves only random poster names inside the upload folder", () => {
    expect(mediaFile(["posters", `${"a".repeat(24)}.webp`])?.type).toBe("image/webp");
    expect(mediaFile(["posters", "..", "secret"])).toBeNull();
    expect(mediaFile(["posters", "../../.marquee-secret"])).toBeNull();
    expect(mediaFile(["other", `${"a".repeat(24)}.png`])).toBeNull();
  });
});
