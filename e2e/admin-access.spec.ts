import { expect, test } from "@playwright/test";
import { manifestActions, sessionCookie } from "./action-client";
import { GUARDS } from "./guard-table";
import { adminAccount, editorAccount, newClient, passwordHash, userRow } from "./admin-fixtures";
import { dbRow } from "./test-db";

const ADMIN_PAGES = [
  "/en/admin",
  "/en/admin/accounts",
  "/ar/admin",
  "/ja/admin/accounts",
  "/en/admin/trash",
  "/fr/admin/profile",
  "/en/admin/films/new",
  "/en/admin/films/drive",
  "/fr/admin/films/drive/facts",
  "/en/admin/films/drive/history",
  "/ja/admin/films/drive/translations/ja",
  "/en/admin/award-bodies",
  "/fr/admin/genres",
  "/en/admin/people",
  "/ja/admin/people/ryan-gosling",
  "/ar/admin/queue/ja",
];
// better-auth endpoints the product does not use, each with a body that would
// pass validation. They are closed to every caller (app/api/auth/[...all]/route.ts):
// the product makes these changes through its own guarded server actions.
const CLOSED_AUTH_ENDPOINTS = (userId: string, email: string) =>
  [
    ["POST", "/api/auth/update-user", { name: "Marquee Admin" }],
    ["POST", "/api/auth/change-password", { currentPassword: "whatever-it-is", newPassword: "taken-over-password" }],
    ["POST", "/api/auth/change-email", { newEmail: email }],
    ["POST", "/api/auth/sign-up/email", { email, password: "long-enough-password", name: "Intruder" }],
    ["POST", "/api/auth/delete-user", {}],
    ["GET", "/api/auth/list-sessions", undefined],
    ["POST", "/api/auth/admin/create-user", { email, password: "long-enough-password", name: "Intruder", role: "admin" }],
    ["POST", "/api/auth/admin/ban-user", { userId }],
    ["POST", "/api/auth/admin/unban-user", { userId }],
    ["POST", "/api/auth/admin/set-user-password", { userId, newPassword: "taken-over-password" }],
    ["POST", "/api/auth/admin/set-role", { userId, role: "admin" }],
    ["POST", "/api/auth/admin/remove-user", { userId }],
    ["GET", "/api/auth/admin/list-users", undefined],
  ] as const;

test("every server action in the build has a row in the guard table", () => {
  // e2e/action-guards.spec.ts runs each row: refused below its role, done by it.
  expect(Object.keys(manifestActions()).sort()).toEqual(Object.keys(GUARDS).sort());
});

test("every admin page sends a signed-out visitor to sign-in", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  for (const adminPath of ADMIN_PAGES) {
    await page.goto(adminPath);
    const locale = adminPath.split("/")[1];
    await expect(page, adminPath).toHaveURL(new RegExp(`/${locale}/admin/sign-in\\?next=`));
  }
  await context.close();
});

test("better-auth endpoints the product does not use are closed, even to an admin", async ({ request, baseURL }) => {
  const editorCookie = await sessionCookie(editorAccount);
  const adminCookie = await sessionCookie(adminAccount);
  const editor = (await userRow(editorAccount.email))!;
  const hashBefore = await passwordHash(editor.id);
  const email = `endpoint-${Date.now()}@marquee.test`;
  for (const [method, endpoint, data] of CLOSED_AUTH_ENDPOINTS(editor.id, email)) {
    for (const cookie of ["", editorCookie, adminCookie]) {
      const headers: Record<string, string> = { Origin: new URL(baseURL!).origin, ...(cookie ? { Cookie: cookie } : {}) };
      const response = await request.fetch(endpoint, { method, data, headers });
      expect(response.status(), `${method} ${endpoint} ${cookie ? "signed in" : "signed out"}`).toBe(404);
    }
  }
  // The twin: the endpoints the sign-in form uses stay open.
  const session = await request.get("/api/auth/get-session", { headers: { Cookie: editorCookie } });
  expect(session.status()).toBe(200);
  expect((await session.json()).user.email).toBe(editorAccount.email);
  expect(await userRow(email)).toBeUndefined();
  expect(await userRow(editorAccount.email)).toEqual({ id: editor.id, banned: 0 });
  expect(await passwordHash(editor.id)).toEqual(hashBefore);
  expect(await dbRow(`SELECT "role" FROM "user" WHERE "id" = ?`, [editor.id])).toEqual({ role: "editor" });
});
