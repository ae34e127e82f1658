import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";

// Calling server actions directly, the way Next's client does, to prove their
// guards hold without the pages that show their forms.

export function manifestActions(): Record<string, string> {
  const file = path.join(process.env.NEXT_DIST_DIR || ".next-e2e", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, { exportedName: string }> };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName, id]));
}

/**
 * Calls a server action the way Next's client calls a useActionState action,
 * encoded as a React reply: [previousState, formData].
 */
export async function callAction(
  request: APIRequestContext,
  name: string,
  fields: Record<string, string | Blob>,
  cookie = "",
  page = "/en/admin/accounts",
) {
  // The form's entries come first and the root "0" last, as React's encodeReply sends them.
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.append("0", JSON.stringify([null, "$K1"]));
  return request.post(page, {
    headers: { "Next-Action": manifestActions()[name]!, Accept: "text/x-component", ...(cookie ? { Cookie: cookie } : {}) },
    multipart: body,
    maxRedirects: 0,
  });
}

/** Signs in from a throwaway client and returns just the session cookie, so no other request carries it by accident. */
export async function sessionCookie(account: { email: string; password: string }) {
  const baseURL = test.info().project.use.baseURL!;
  const client = await playwrightRequest.newContext({ baseURL });
  const response = await client.post("/api/auth/sign-in/email", {
    data: { email: account.email, password: account.password },
    headers: { Origin: new URL(baseURL).origin, "X-Forwarded-For": `10.250.${Date.now() % 250}.${Math.floor(Math.random() * 250)}` },
  });
  expect(response.status()).toBe(200);
  const cookie = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value.split(";")[0])
    .join("; ");
  await client.dispose();
  return cookie;
}
