// Editors paste whatever YouTube link they have; Marquee stores only the
// 11-character video id, so no raw URL ever reaches an iframe.

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const HOSTS = new Set([
  "youtube.com",
  "www.youtube.com",
  "m.youtube.com",
  "music.youtube.com",
  "youtube-nocookie.com",
  "www.youtube-nocookie.com",
  "youtu.be",
  "www.youtu.be",
]);
const PATH_FORMS = /^\/(?:embed|shorts|live|v)\/([^/?#]+)\/?$/;

/** The video id of a YouTube watch, youtu.be, embed, shorts or nocookie URL; null for anything else. */
export function parseYouTubeId(input: string): string | null {
  const text = input.trim();
  if (text.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  if (!HOSTS.has(host)) return null;

  let candidate: string | null | undefined;
  if (host.endsWith("youtu.be")) {
    candidate = url.pathname.match(/^\/([^/]+)\/?$/)?.[1];
  } else if (url.pathname === "/watch") {
    candidate = url.searchParams.get("v");
  } else {
    candidate = url.pathname.match(PATH_FORMS)?.[1];
  }
  return candidate && VIDEO_ID.test(candidate) ? candidate : null;
}

/** The video's page on YouTube: where the trailer link goes without JavaScript. */
export function youTubeWatchUrl(videoId: string): string {
  if (!VIDEO_ID.test(videoId)) throw new Error("Not a YouTube video id");
  return `https://www.youtube.com/watch?v=${videoId}`;
}

export function youTubeEmbedUrl(videoId: string, autoplay = false): string {
  if (!VIDEO_ID.test(videoId)) throw new Error("Not a YouTube video id");
  return `https://www.youtube-nocookie.com/embed/${videoId}${autoplay ? "?autoplay=1" : ""}`;
}
