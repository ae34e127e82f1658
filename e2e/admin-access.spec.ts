import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { adminAccount, editorAccount, newClient, readDb } from "./admin-fixtures";

// Every admin server action and its required role. The list is checked
// against the build's own manifest, so a new action that is not listed here
// (with a test of its guard) fails this file.
const ACTIONS: Record<string, "admin" | "editor" | "public"> = {
  createAccount: "admin",
  setAccountDisabled: "admin",
  resetAccountPassword: "admin",
  saveTranslation: "editor",
  saveFilm: "editor",
  restoreRevision: "editor",
  moveToTrash: "editor",
  restoreFromTrash: "editor",
  emptyTrash: "admin",
  uploadPoster: "editor",
  saveFilmLabels: "editor",
  signOut: "public", // ending a session needs none
};
const ADMIN_PAGES = [
  "/en/admin",
  "/en/admin/accounts",
  "/ar/admin",
  "/ja/admin/accounts",
  "/en/admin/trash",
  "/en/admin/films/new",
  "/en/admin/films/drive",
  "/fr/admin/films/drive/facts",
  "/en/admin/films/drive/history",
  "/ja/admin/films/drive/translations/ja",
];
// better-auth's admin endpoints, each with a body that would pass validation,
// so a refusal can only come from the session and role check.
const AUTH_ADMIN_ENDPOINTS = (userId: string, email: string) =>
  [
    ["POST", "/api/auth/admin/create-user", { email, password: "long-enough-password", name: "Intruder", role: "admin" }],
    ["POST", "/api/auth/admin/ban-user", { userId }],
    ["POST", "/api/auth/admin/unban-user", { userId }],
    ["POST", "/api/auth/admin/set-user-password", { userId, newPassword: "taken-over-password" }],
    ["POST", "/api/auth/admin/set-role", { userId, role: "admin" }],
    ["POST", "/api/auth/admin/remove-user", { userId }],
    ["GET", "/api/auth/admin/list-users", undefined],
  ] as const;

function manifestActions(): Record<string, string> {
  const file = path.join(process.env.NEXT_DIST_DIR || ".next-e2e", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, { exportedName: string }> };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName, id]));
}

/** Calls a server action the way Next's client does: [previousState, formData], encoded as a React reply. */
async function callAction(
  request: APIRequestContext,
  name: string,
  fields: Record<string, string>,
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
async function sessionCookie(account: { email: string; password: string }) {
  const baseURL = test.info().project.use.baseURL!;
  const client = await playwrightRequest.newContext({ baseURL });
  const response = await client.post("/api/auth/sign-in/email", {
    data: { email: account.email, password: account.password },
    headers: { Origin: new URL(baseURL).origin, "X-Forwarded-For": `10.250.${Date.now() % 250}.${Math.floor(Math.random() * 250)}` },
  });
  expect(response.status()).toBe(200);
  const cookie = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value.split(";")[0]).join("; ");
  await client.dispose();
  return cookie;
}

const userRow = (email: string) => readDb((db) => db.prepare("SELECT id, banned FROM user WHERE email = ?").get(email)) as { id: string; banned: number } | undefined;
const passwordHash = (userId: string) => readDb((db) => db.prepare("SELECT password FROM account WHERE userId = ?").get(userId));

test("every server action in the build is listed with its guard", () => {
  expect(Object.keys(manifestActions()).sort()).toEqual(Object.keys(ACTIONS).sort());
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

test("better-auth's admin endpoints refuse calls without an admin session", async ({ request, baseURL }) => {
  const editorCookie = await sessionCookie(editorAccount);
  const editor = userRow(editorAccount.email)!;
  const hashBefore = passwordHash(editor.id);
  const email = `endpoint-${Date.now()}@marquee.test`;
  for (const [method, endpoint, data] of AUTH_ADMIN_ENDPOINTS(editor.id, email)) {
    for (const cookie of ["", editorCookie]) {
      const headers: Record<string, string> = { Origin: new URL(baseURL!).origin, ...(cookie ? { Cookie: cookie } : {}) };
      const response = await request.fetch(endpoint, { method, data, headers });
      expect([401, 403], `${method} ${endpoint} ${cookie ? "as editor" : "signed out"}`).toContain(response.status());
    }
  }
  expect(userRow(email)).toBeUndefined();
  expect(userRow(editorAccount.email)).toEqual({ id: editor.id, banned: 0 });
  expect(passwordHash(editor.id)).toEqual(hashBefore);
  expect(readDb((db) => db.prepare("SELECT role FROM user WHERE id = ?").get(editor.id))).toEqual({ role: "editor" });
});

test("admin server actions do nothing for signed-out visitors and editors, and work for admins", async ({ request }) => {
  const editorCookie = await sessionCookie(editorAccount);
  const adminCookie = await sessionCookie(adminAccount);
  const editor = userRow(editorAccount.email)!;
  const hashBefore = passwordHash(editor.id);
  const newAccount = (tag: string) => ({ name: "Intruder", email: `${tag}-${Date.now()}@marquee.test`, password: "long-enough-password", role: "admin" });

  for (const [who, cookie] of [["signed out", ""], ["editor", editorCookie]] as const) {
    const fields = newAccount(who.replace(" ", "-"));
    const created = await callAction(request, "createAccount", fields, cookie);
    expect(created.status(), who).toBeLessThan(500);
    expect(userRow(fields.email), `createAccount as ${who}`).toBeUndefined();

    await callAction(request, "setAccountDisabled", { userId: editor.id, disabled: "true" }, cookie);
    expect(userRow(editorAccount.email)!.banned, `setAccountDisabled as ${who}`).toBe(0);

    await callAction(request, "resetAccountPassword", { userId: editor.id, newPassword: "taken-over-password" }, cookie);
    expect(passwordHash(editor.id), `resetAccountPassword as ${who}`).toEqual(hashBefore);
  }

  // The same call with an admin session does create the account: the encoding above is the real one.
  const fields = newAccount("by-admin");
  const response = await callAction(request, "createAccount", { ...fields, role: "editor" }, adminCookie);
  expect(userRow(fields.email), `${response.status()} ${await response.text()}`).toBeDefined();
});

test("saving a translation needs an editor's session", async ({ request }) => {
  const editorCookie = await sessionCookie(editorAccount);
  const page = "/en/admin/films/cleo-from-5-to-7/translations/ja";
  const cleoJa = () =>
    readDb((db) =>
      db
        .prepare(`SELECT t.title, t.version FROM ReviewTranslation t JOIN Film f ON f.id = t.filmId WHERE f.slug = ? AND t.locale = 'ja'`)
        .get("cleo-from-5-to-7"),
    ) as { title: string; version: number } | undefined;
  const title = `5時から7時までのクレオ ${Date.now()}`;
  const fields = {
    slug: "cleo-from-5-to-7",
    locale: "ja",
    uiLocale: "en",
    version: String(cleoJa()?.version ?? 0),
    title,
    excerpt: "下書き",
    synopsis: "下書き",
    commentary: "下書き",
    contentWarning: "",
    musicNotes: "",
    status: "draft",
    publishAt: "",
  };
  const response = await callAction(request, "saveTranslation", fields, "", page);
  expect(response.status()).toBeLessThan(500);
  expect(cleoJa()?.title).not.toBe(title);

  await callAction(request, "saveTranslation", fields, editorCookie, page);
  expect(cleoJa()?.title).toBe(title);
});

test("saving film facts needs an editor's session", async ({ request }) => {
  const fields = {
    uiLocale: "en",
    existingSlug: "",
    version: "0",
    slug: "intruder-film",
    originalTitle: "Intruder Film",
    originalLang: "en",
    year: "2000",
    runtimeMinutes: "90",
    countries: "US",
    rating: "",
    directors: "Nobody",
    writers: "",
    composers: "",
    cast: "",
    awards: "",
    sourceKind: "",
    sourceTitle: "",
    sourceYear: "",
    sourceAuthors: "",
    trailerUrl: "",
    trailerTitle: "",
  };
  const slug = `intruder-film-${Date.now()}`;
  fields.slug = slug;
  const film = () => readDb((db) => db.prepare("SELECT slug FROM Film WHERE slug = ?").get(slug));
  const response = await callAction(request, "saveFilm", fields, "", "/en/admin/films/new");
  expect(response.status()).toBeLessThan(500);
  expect(film()).toBeUndefined();
  await callAction(request, "saveFilm", fields, await sessionCookie(editorAccount), "/en/admin/films/new");
  expect(film()).toEqual({ slug });
});

test("restoring a revision needs an editor's session", async ({ request }) => {
  const editorCookie = await sessionCookie(editorAccount);
  const page = "/en/admin/films/cleo-from-5-to-7/translations/fr";
  const cleoFr = () =>
    readDb((db) =>
      db
        .prepare(`SELECT t.version, t.commentary FROM ReviewTranslation t JOIN Film f ON f.id = t.filmId WHERE f.slug = 'cleo-from-5-to-7' AND t.locale = 'fr'`)
        .get(),
    ) as { version: number; commentary: string };
  const revisions = () => readDb((db) => db.prepare("SELECT id FROM Revision WHERE locale = 'fr' ORDER BY version").all()) as { id: string }[];
  const original = cleoFr();
  const save = (commentary: string) =>
    callAction(
      request,
      "saveTranslation",
      {
        slug: "cleo-from-5-to-7", locale: "fr", uiLocale: "en", version: String(cleoFr().version),
        title: "Cléo de 5 à 7", excerpt: "Extrait.", synopsis: "Synopsis.", commentary,
        contentWarning: "", musicNotes: "", status: "published", publishAt: "",
      },
      editorCookie,
      page,
    );
  await save("Première version.");
  await save("Deuxième version.");
  const [first] = revisions().slice(-2);
  expect(cleoFr().commentary).toBe("Deuxième version.");

  const restore = (cookie: string) =>
    callAction(request, "restoreRevision", { revisionId: first!.id, currentVersion: String(cleoFr().version), uiLocale: "en" }, cookie, "/en/admin/films/cleo-from-5-to-7/history");
  expect((await restore("")).status()).toBeLessThan(500);
  expect(cleoFr().commentary).toBe("Deuxième version.");
  await restore(editorCookie);
  expect(cleoFr().commentary).toBe("Première version.");
  expect(original.version).toBeLessThan(cleoFr().version);
});

test("trash actions need an editor, and emptying the trash an admin", async ({ request }) => {
  const editorCookie = await sessionCookie(editorAccount);
  const deleted = (slug: string) =>
    (readDb((db) => db.prepare("SELECT deletedAt FROM Film WHERE slug = ?").get(slug)) as { deletedAt: unknown } | undefined)?.deletedAt;
  await callAction(request, "moveToTrash", { slug: "shane", uiLocale: "en" }, "", "/en/admin/films/shane");
  expect(deleted("shane")).toBeNull();

  // An editor trashes a film of their own; neither a visitor nor an editor can empty the trash.
  const slug = `trash-guard-${Date.now()}`;
  await callAction(request, "saveFilm", {
    uiLocale: "en", existingSlug: "", version: "0", slug, originalTitle: "Trash Guard", originalLang: "en", year: "2001",
    runtimeMinutes: "90", countries: "US", rating: "", directors: "Someone", writers: "", composers: "", cast: "", awards: "",
    sourceKind: "", sourceTitle: "", sourceYear: "", sourceAuthors: "", trailerUrl: "", trailerTitle: "",
  }, editorCookie, "/en/admin/films/new");
  await callAction(request, "moveToTrash", { slug, uiLocale: "en" }, editorCookie, `/en/admin/films/${slug}`);
  expect(deleted(slug)).not.toBeNull();
  for (const cookie of ["", editorCookie]) {
    await callAction(request, "emptyTrash", { uiLocale: "en" }, cookie, "/en/admin/trash");
    expect(deleted(slug)).not.toBeNull();
  }
  await callAction(request, "restoreFromTrash", { slug, uiLocale: "en" }, "", "/en/admin/trash");
  expect(deleted(slug)).not.toBeNull();
  await callAction(request, "restoreFromTrash", { slug, uiLocale: "en" }, editorCookie, "/en/admin/trash");
  expect(deleted(slug)).toBeNull();
});

test("uploading a poster needs an editor's session", async ({ request }) => {
  const poster = () => readDb((db) => db.prepare("SELECT posterPath FROM Film WHERE slug = 'drive'").get());
  const before = poster();
  const form = new FormData();
  form.append("_1_slug", "drive");
  form.append("_1_poster", new Blob([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0])], { type: "image/jpeg" }), "x.jpg");
  form.append("0", JSON.stringify([null, "$K1"]));
  const response = await request.post("/en/admin/films/drive/facts", {
    headers: { "Next-Action": manifestActions()["uploadPoster"]!, Accept: "text/x-component" },
    multipart: form,
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  expect(poster()).toEqual(before);
});

test("saving character names and award labels needs an editor's session", async ({ request }) => {
  const credit = readDb((db) =>
    db.prepare(`SELECT c.id FROM Credit c JOIN Film f ON f.id = c.filmId WHERE f.slug = 'la-haine' AND c.role = 'cast' ORDER BY c.position LIMIT 1`).get(),
  ) as { id: string };
  const label = () => readDb((db) => db.prepare("SELECT character FROM CreditTranslation WHERE creditId = ? AND locale = 'fr'").get(credit.id));
  const before = label();
  const fields = { slug: "la-haine", locale: "fr", [`character.${credit.id}`]: "Intrus" };
  const response = await callAction(request, "saveFilmLabels", fields, "", "/en/admin/films/la-haine/translations/fr");
  expect(response.status()).toBeLessThan(500);
  expect(label()).toEqual(before);
});
