import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/server";

const handler = toNextJsHandler(auth);

/**
 * The only better-auth endpoints a browser may call: the sign-in form posts
 * to sign-in/email, and its client then reads get-session. Everything else
 * (update-user, change-password, admin/*, sign-up…) answers 404 here; the
 * product offers those changes through its own server actions, which check
 * the role, validate and record them (lib/admin/actions/profile.ts, accounts.ts).
 */
const OPEN = new Set(["POST /api/auth/sign-in/email", "GET /api/auth/get-session", "POST /api/auth/sign-out"]);

const guarded = (method: "GET" | "POST") => (request: Request) => {
  const path = new URL(request.url).pathname.replace(/\/+$/, "");
  if (!OPEN.has(`${method} ${path}`)) return new Response("Not found", { status: 404 });
  return handler[method](request);
};

export const GET = guarded("GET");
export const POST = guarded("POST");
