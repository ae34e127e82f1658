import type { Locale } from "@/i18n/routing";
import texts from "@/messages/error-page.json";

/** Server actions' body limit (next.config.js serverActions.bodySizeLimit and proxyClientMaxBodySize). */
const ACTION_BODY_LIMIT_MB = 12;
const LIMIT_BYTES = ACTION_BODY_LIMIT_MB * 1024 * 1024;

/**
 * A POST to a page is a server action (with JavaScript: a `Next-Action`
 * header; without: a multipart form with a `$ACTION_ID_…` field). Next
 * refuses a foreign origin, a body over the limit or a body it cannot decode
 * by throwing, which answers 500. Refuse those here first, with a 4xx and a
 * sentence in the page's language. An unknown action id already gets 409.
 */
export async function refuseBadAction(request: Request, locale: Locale): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const refuse = (status: number, key: "otherOrigin" | "malformed" | "tooLarge") =>
    new Response(texts[locale][key], { status, headers: { "content-type": "text/plain; charset=utf-8", "content-language": locale } });

  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin !== null && hostOf(origin) !== host) return refuse(403, "otherOrigin");

  const length = Number(request.headers.get("content-length") ?? "0");
  if (!(length <= LIMIT_BYTES)) return refuse(413, "tooLarge");

  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  try {
    if (type.startsWith("multipart/form-data")) await request.clone().formData();
    else if (type.startsWith("text/plain")) JSON.parse(await request.clone().text());
    else if (!type.startsWith("application/x-www-form-urlencoded")) return refuse(415, "malformed");
  } catch {
    return refuse(400, "malformed");
  }
  return null;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
