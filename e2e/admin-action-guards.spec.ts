import { expect, test } from "@playwright/test";
import { callAction, manifestActions, sessionCookie } from "./action-client";
import { adminAccount, editorAccount, passwordHash, readDb, userRow } from "./admin-fixtures";

// Each admin server action called directly: without a session (and, for
// admin actions, as an editor) it changes nothing; with the right session the
// same call works, which proves the call itself is well formed.


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
  const revisions = () =>
    readDb((db) =>
      db.prepare("SELECT r.id FROM Revision r JOIN Film f ON f.id = r.filmId WHERE f.slug = 'cleo-from-5-to-7' AND r.locale = 'fr' ORDER BY r.version").all(),
    ) as { id: string }[];
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
  // "gone" is a film deleted for good: a refusal must leave it "trashed", not merely not "live".
  const state = (slug: string) => {
    const row = readDb((db) => db.prepare("SELECT deletedAt FROM Film WHERE slug = ?").get(slug)) as { deletedAt: unknown } | undefined;
    return row === undefined ? "gone" : row.deletedAt === null ? "live" : "trashed";
  };
  await callAction(request, "moveToTrash", { slug: "shane", uiLocale: "en" }, "", "/en/admin/films/shane");
  expect(state("shane")).toBe("live");

  // An editor trashes a film of their own; neither a visitor nor an editor can empty the trash.
  const slug = `trash-guard-${Date.now()}`;
  await callAction(request, "saveFilm", {
    uiLocale: "en", existingSlug: "", version: "0", slug, originalTitle: "Trash Guard", originalLang: "en", year: "2001",
    runtimeMinutes: "90", countries: "US", rating: "", directors: "Someone", writers: "", composers: "", cast: "", awards: "",
    sourceKind: "", sourceTitle: "", sourceYear: "", sourceAuthors: "", trailerUrl: "", trailerTitle: "",
  }, editorCookie, "/en/admin/films/new");
  expect(state(slug)).toBe("live");
  await callAction(request, "moveToTrash", { slug, uiLocale: "en" }, editorCookie, `/en/admin/films/${slug}`);
  expect(state(slug)).toBe("trashed");
  for (const cookie of ["", editorCookie]) {
    await callAction(request, "emptyTrash", { uiLocale: "en" }, cookie, "/en/admin/trash");
    expect(state(slug)).toBe("trashed");
  }
  await callAction(request, "restoreFromTrash", { slug, uiLocale: "en" }, "", "/en/admin/trash");
  expect(state(slug)).toBe("trashed");
  await callAction(request, "restoreFromTrash", { slug, uiLocale: "en" }, editorCookie, "/en/admin/trash");
  expect(state(slug)).toBe("live");
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
