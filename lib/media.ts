import crypto from "node:crypto";
import { posterStore } from "@/lib/poster-store";

// Uploaded posters live outside the build (next start serves only the public
// files that existed at build time), in lib/poster-store.ts, and are served by
// app/media/[...path]/route.ts.

const SIGNATURES: { type: "image/jpeg" | "image/png" | "image/webp"; ext: string; matches: (b: Buffer) => boolean }[] = [
  { type: "image/jpeg", ext: "jpg", matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/png", ext: "png", matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  {
    type: "image/webp",
    ext: "webp",
    matches: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
];

/** The image type proven by the file's own bytes (not its name or declared type), or null. */
export function detectImageType(bytes: Buffer) {
  return SIGNATURES.find((s) => s.matches(bytes)) ?? null;
}

export const MEDIA_TYPES: Record<string, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp" };

/** Stores a poster under a random name and returns its public path (/media/posters/…). */
export async function storePoster(bytes: Buffer, ext: string): Promise<string> {
  const name = `${crypto.randomBytes(12).toString("hex")}.${ext}`;
  await posterStore().put(name, bytes, MEDIA_TYPES[ext]!);
  return `/media/posters/${name}`;
}

/** The poster behind a /media path, or null for anything that is not one. */
export function mediaFile(segments: string[]): { name: string; type: string } | null {
  if (segments.length !== 2 || segments[0] !== "posters") return null;
  const match = /^[a-f0-9]{24}\.(jpg|png|webp)$/.exec(segments[1] ?? "");
  if (!match) return null;
  return { name: segments[1]!, type: MEDIA_TYPES[match[1]!]! };
}
