import { draftMode } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { localePath } from "@/i18n/paths";
import { currentAccount } from "@/lib/auth/session";
import { isLocale } from "@/lib/locales";
import { parseSlugParam } from "@/lib/validations/slug";

/**
 * Turns on Next's draft mode for a signed-in editor and opens the review as a
 * reader would see it, drafts included. The review page checks the session
 * again before showing anything unpublished.
 */
export async function GET(request: NextRequest) {
  const editor = await currentAccount();
  if (!editor) return new NextResponse("Sign in as an editor to preview.", { status: 401 });
  const slug = parseSlugParam(request.nextUrl.searchParams.get("slug") ?? "");
  const locale = request.nextUrl.searchParams.get("locale");
  if (!slug || !isLocale(locale)) return new NextResponse("Unknown review.", { status: 404 });
  (await draftMode()).enable();
  return NextResponse.redirect(new URL(localePath(locale, `/reviews/${slug}`), request.url));
}

/** Leaves draft mode. */
export async function DELETE() {
  (await draftMode()).disable();
  return new NextResponse(null, { status: 204 });
}
