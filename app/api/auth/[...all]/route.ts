import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/server";

// better-auth's own endpoints (sign-in, sign-out, session, admin). Each one
// checks the session and role itself; sign-in is rate limited here.
export const { GET, POST } = toNextJsHandler(auth);
