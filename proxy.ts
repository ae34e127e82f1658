import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Redirects `/` to the remembered or negotiated locale and keeps the locale cookie in sync.
export default createMiddleware(routing);

export const config = {
  // Everything except Next internals, API routes and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
