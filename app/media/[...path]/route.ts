import { mediaFile } from "@/lib/media";
import { posterStore } from "@/lib/poster-store";

// Serves uploaded posters. Names are random and never reused, so they are cached for good.
export async function GET(_request: Request, { params }: RouteContext<"/media/[...path]">) {
  const media = mediaFile((await params).path);
  if (!media) return new Response("Not found", { status: 404 });
  const body = await posterStore().get(media.name);
  if (!body) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": media.type,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
