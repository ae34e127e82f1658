import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { refuseBadAction } from "./lib/action-request";
import { parseSlugParam } from "./lib/validations/slug";

// Redirects `/` to the remembered or negotiated locale.
const handleI18nRouting = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const refused = await refuseBadAction(request, localeOf(pathname));
  if (refused) return refused;
  if (!isDecodable(pathname)) {
    // Next decodes route params after decoding the path, and throws (a 500) on a
    // malformed percent-escape at either step. Send such addresses to the
    // localized 404 page instead; a rewrite is not enough, as Next still
    // matches routes against the original address.
    return NextResponse.redirect(new URL(`/${localeOf(pathname)}/not-found`, request.url));
  }
  const review = pathname.match(/^\/([^/]+)\/reviews\/([^/]+)\/?$/);
  if (review && !parseSlugParam(review[2]!)) {
    // No film can have this slug: answer the 404 here rather than render (and
    // cache) a page for an address someone made up.
    return NextResponse.rewrite(new URL(`/${localeOf(pathname)}/not-found`, request.url));
  }
  const response = handleI18nRouting(request);
  // The locale cookie rides only on the `/` redirect (a remembered choice) and is
  // written by the switcher itself (components/language-switcher): a reader page
  // served to everyone must never set a cookie, or no shared cache may keep it.
  if (pathname !== "/") response.headers.delete("set-cookie");
  return response;
}

function localeOf(pathname: string) {
  const [, first] = pathname.split("/");
  return routing.locales.find((l) => l === first) ?? routing.defaultLocale;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(decodeURIComponent(pathname));
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Everything except Next internals, API routes and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
