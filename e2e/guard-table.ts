import { expect, type APIRequestContext } from "@playwright/test";
import { callAction, sessionCookie } from "./action-client";
import { adminAccount, editorAccount, passwordHash, translatorAccount, userRow } from "./admin-fixtures";
import {
  JPEG,
  listEntry,
  type ListTable,
  filmFields,
  filmState,
  ownAccount,
  ownFilm,
  ownPerson,
  revisionIds,
  sessionToken,
  translation,
  translationFields,
} from "./guard-probes";
import { dbRow } from "./test-db";

// Every server action, the least role allowed to call it, and a probe: what
// it needs, a well-formed call, and the database state the call changes.
// e2e/action-guards.spec.ts calls each as every role below the allowed one
// (refused with the product's "not allowed", nothing changes) and then as the
// allowed role (the state changes). e2e/admin-access.spec.ts compares the
// table with the build's manifest, so a new action without a row fails.

export type Role = "visitor" | "translator" | "editor" | "admin";
export type Allowed = Role | "self"; // "self": any signed-in account, acting on its own account

export type Context = { request: APIRequestContext; cookies: Record<Role, string>; unique: () => string };
type Probe<S> = {
  allowed: Allowed;
  setup: (ctx: Context) => Promise<S>;
  page: (s: S) => string;
  fields: (s: S) => Record<string, string | Blob>;
  state: (s: S) => Promise<unknown>;
  /** Who succeeds: the allowed role's cookie, or the account's own for "self". */
  caller?: (s: S, ctx: Context) => string;
  /** A read, which changes nothing: what only the allowed role's answer may contain. */
  reads?: (s: S) => string;
};
const probe = <S>(p: Probe<S>) => p as Probe<unknown>;

export const GUARDS: Record<string, Probe<unknown>> = {
  createAccount: probe({
    allowed: "admin",
    setup: async (ctx) => `guard-${ctx.unique()}@marquee.test`,
    page: () => "/en/admin/accounts",
    fields: (email) => ({ name: "Intruder", email, password: "long-enough-password", role: "admin" }),
    state: async (email) => (await userRow(email)) ?? null,
  }),
  setAccountDisabled: probe({
    allowed: "admin",
    setup: ownAccount,
    page: () => "/en/admin/accounts",
    fields: (a) => ({ userId: a.id, disabled: "true" }),
    state: async (a) => (await userRow(a.email))!.banned,
  }),
  resetAccountPassword: probe({
    allowed: "admin",
    setup: ownAccount,
    page: () => "/en/admin/accounts",
    fields: (a) => ({ userId: a.id, newPassword: "taken-over-password" }),
    state: (a) => passwordHash(a.id),
  }),
  updateOwnName: probe({
    allowed: "self",
    setup: ownAccount,
    page: () => "/en/admin/profile",
    fields: () => ({ name: "Marquee Admin" }),
    state: (a) => dbRow(`SELECT "name" FROM "user" WHERE "id" = ?`, [a.id]),
    caller: (a) => a.cookie,
  }),
  changeOwnPassword: probe({
    allowed: "self",
    setup: ownAccount,
    page: () => "/en/admin/profile",
    fields: (a) => ({ currentPassword: a.password, newPassword: "second-long-password" }),
    state: (a) => passwordHash(a.id),
    caller: (a) => a.cookie,
  }),
  saveFilm: probe({
    allowed: "editor",
    setup: async (ctx) => `guard-${ctx.unique()}`,
    page: () => "/en/admin/films/new",
    fields: filmFields,
    state: filmState,
  }),
  saveTranslation: probe({
    allowed: "editor",
    setup: (ctx) => ownFilm(ctx),
    page: (slug) => `/en/admin/films/${slug}/translations/en`,
    fields: (slug) => translationFields(slug, "Written.", 0),
    state: async (slug) => (await translation(slug)) ?? null,
  }),
  restoreRevision: probe({
    allowed: "editor",
    setup: async (ctx) => {
      const slug = await ownFilm(ctx, { versions: 2 });
      const [first] = await revisionIds(slug);
      return { slug, revisionId: first!, version: (await translation(slug))!.version };
    },
    page: (s) => `/en/admin/films/${s.slug}/history`,
    fields: (s) => ({ revisionId: s.revisionId, currentVersion: String(s.version), uiLocale: "en" }),
    state: async (s) => (await translation(s.slug))!.commentary,
  }),
  moveToTrash: probe({
    allowed: "editor",
    setup: (ctx) => ownFilm(ctx),
    page: (slug) => `/en/admin/films/${slug}`,
    fields: (slug) => ({ slug, uiLocale: "en" }),
    state: filmState,
  }),
  restoreFromTrash: probe({
    allowed: "editor",
    setup: (ctx) => ownFilm(ctx, { trashed: true }),
    page: () => "/en/admin/trash",
    fields: (slug) => ({ slug, uiLocale: "en" }),
    state: filmState,
  }),
  uploadPoster: probe({
    allowed: "editor",
    setup: (ctx) => ownFilm(ctx),
    page: (slug) => `/en/admin/films/${slug}/facts`,
    fields: (slug) => ({ slug, uiLocale: "en", poster: JPEG() }),
    state: (slug) => dbRow(`SELECT "posterPath" FROM "Film" WHERE "slug" = ?`, [slug]),
  }),
  emptyTrash: probe({
    allowed: "admin",
    setup: (ctx) => ownFilm(ctx, { trashed: true }),
    page: () => "/en/admin/trash",
    fields: () => ({ uiLocale: "en" }),
    state: filmState,
  }),
  ...listProbes("AwardBody", "/en/admin/award-bodies"),
  ...listProbes("Genre", "/en/admin/genres"),
  ...listProbes("AwardCategory", "/en/admin/award-bodies/cannes", { scope: "cannes" }),
  findPeople: probe({
    allowed: "editor",
    setup: async () => "Gosling",
    page: () => "/en/admin/films/new",
    fields: (q) => ({ q }),
    state: async () => null,
    reads: () => "Ryan Gosling",
  }),
  savePersonLinks: probe({
    allowed: "editor",
    setup: ownPerson,
    page: (slug) => `/en/admin/people/${slug}`,
    fields: (slug) => ({ slug, wikidataId: "https://www.wikidata.org/wiki/Q42", imdbId: "" }),
    state: async (slug) => (await dbRow(`SELECT "wikidataId" FROM "Person" WHERE "slug" = ?`, [slug]))!,
  }),
  signOut: probe({
    // Ending a session needs no role; the probe proves the call really ends one.
    allowed: "visitor",
    setup: () => sessionCookie(editorAccount),
    page: () => "/en/admin",
    fields: () => ({ locale: "en" }),
    state: (cookie) => dbRow(`SELECT CAST(COUNT(*) AS INTEGER) AS "n" FROM "session" WHERE "token" = ?`, [sessionToken(cookie)]),
    caller: (cookie) => cookie,
  }),
};

/** The roles that must be refused: every one below the allowed one. */
export function refusedRoles(allowed: Allowed): Role[] {
  return {
    visitor: [],
    self: ["visitor"],
    translator: ["visitor"],
    // The demo translator works in Japanese only: every "editor" row's call (English, or facts) is beyond them.
    editor: ["visitor", "translator"],
    admin: ["visitor", "translator", "editor"],
  }[allowed] as Role[];
}

export async function guardContext(request: APIRequestContext): Promise<Context> {
  let n = 0;
  return {
    request,
    cookies: {
      visitor: "",
      translator: await sessionCookie(translatorAccount),
      editor: await sessionCookie(editorAccount),
      admin: await sessionCookie(adminAccount),
    },
    unique: () => `${Date.now().toString(36)}-${process.pid}-${++n}`,
  };
}

/**
 * Calls the action as every role below the allowed one (each must get the
 * product's "not allowed" and change nothing), then as the allowed role
 * (the same call must change the database).
 */
export async function checkGuard(request: APIRequestContext, name: string) {
  const guard = GUARDS[name]!;
  const ctx = await guardContext(request);
  const subject = await guard.setup(ctx);
  const before = await guard.state(subject);
  const call = (cookie: string) => callAction(request, name, guard.fields(subject), cookie, guard.page(subject));
  for (const role of refusedRoles(guard.allowed)) {
    const response = await call(ctx.cookies[role]);
    expect(response.status(), `${name} as ${role}`).toBe(200);
    const text = await response.text();
    expect(text, `${name} as ${role}: the product's answer`).toContain("errors.notAllowed");
    if (guard.reads) expect(text, `${name} as ${role} read nothing`).not.toContain(guard.reads(subject));
    expect(await guard.state(subject), `${name} as ${role} changed nothing`).toEqual(before);
  }
  const response = await call(guard.caller?.(subject, ctx) ?? ctx.cookies[guard.allowed as Role]);
  expect(response.status(), `${name} as ${guard.allowed}`).toBeLessThan(400);
  if (guard.reads) expect(await response.text(), `${name} as ${guard.allowed} read`).toContain(guard.reads(subject));
  else expect(await guard.state(subject), `${name} as ${guard.allowed} changed the database`).not.toEqual(before);
}

/** The two actions of a managed list (awarding bodies, a body's categories, genres): add an entry, merge two. */
function listProbes(table: ListTable, page: string, scoped: { scope?: string } = {}) {
  const save = `save${table}`;
  const entry = (key: string) => listEntry(table, key);
  return {
    [save]: probe({
      allowed: "admin",
      setup: async (ctx) => `guard-${ctx.unique()}`,
      page: () => page,
      fields: (key) => ({ ...scoped, slug: key, isNew: "1", name_en: "Guard Entry" }),
      state: entry,
    }),
    [`merge${table}`]: probe({
      allowed: "admin",
      setup: async (ctx) => {
        const [from, into] = [`guard-${ctx.unique()}`, `guard-${ctx.unique()}`];
        for (const key of [from, into])
          await callAction(ctx.request, save, { ...scoped, slug: key, isNew: "1", name_en: key }, ctx.cookies.admin, page);
        return { from, into };
      },
      page: () => page,
      fields: (s) => ({ ...scoped, from: s.from, into: s.into }),
      state: (s) => entry(s.from),
    }),
  };
}
