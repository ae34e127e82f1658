import fs from "node:fs/promises";
import { mediaFile } from "@/lib/media";

// Serves uploaded posters. Names are random and never reused, so they are cached for good.
export async function GET(_request: Request, { params }: RouteContext<"/media/[...path]">) {
  const media = mediaFile((await params).path);
  if (!media) return new Response("Not found", { status: 404 });
  try {
    const body = await fs.readFile(media.file);
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": media.type,
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}
