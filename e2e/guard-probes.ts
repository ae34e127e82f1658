import { callAction, sessionCookie } from "./action-client";
import { userRow } from "./admin-fixtures";
import type { Context } from "./guard-table";
import { dbRow, dbRows, translationRow } from "./test-db";

// What the guard table's probes need: a film or an account of their own,
// well-formed fields for each action, and the database state each changes.

export const filmState = async (slug: string) => {
  const row = await dbRow<{ deletedAt: unknown }>(`SELECT "deletedAt" FROM "Film" WHERE "slug" = ?`, [slug]);
  return row === undefined ? "gone" : row.deletedAt === null ? "live" : "trashed";
};
export const translation = async (slug: string, locale = "en") => {
  const row = await translationRow(slug, locale);
  return row && { title: row.title, commentary: row.commentary, version: row.version };
};
/** A film's English revisions, oldest first. */
export const revisionIds = async (slug: string) =>
  (
    await dbRows<{ id: string }>(
      `SELECT r."id" FROM "Revision" r JOIN "Film" f ON f."id" = r."filmId" WHERE f."slug" = ? AND r."locale" = 'en' ORDER BY r."version"`,
      [slug],
    )
  ).map((r) => r.id);

export type ListTable = "AwardBody" | "AwardCategory" | "Genre";

/** A managed list's entry by its key, or null. */
export const listEntry = async (table: ListTable, key: string) => (await dbRow(`SELECT "slug" FROM "${table}" WHERE "slug" = ?`, [key])) ?? null;

export const filmFields = (slug: string) => ({
  uiLocale: "en",
  existingSlug: "",
  version: "0",
  slug,
  originalTitle: `Guard ${slug}`,
  originalLang: "en",
  year: "2001",
  runtimeMinutes: "90",
  countries: "US",
  rating: "",
  directors: "Someone",
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
});
export const translationFields = (slug: string, commentary: string, version: number) => ({
  slug,
  locale: "en",
  uiLocale: "en",
  version: String(version),
  title: `Guarded ${slug}`,
  excerpt: "Excerpt.",
  synopsis: "Synopsis.",
  commentary,
  contentWarning: "",
  musicNotes: "",
  status: "draft",
  publishAt: "",
});

/** A film of the probe's own, made by an editor through the real action. */
export async function ownFilm(ctx: Context, { trashed = false, versions = 0 } = {}) {
  const slug = `guard-${ctx.unique()}`;
  await callAction(ctx.request, "saveFilm", filmFields(slug), ctx.cookies.editor, "/en/admin/films/new");
  for (let n = 1; n <= versions; n++) {
    await callAction(
      ctx.request,
      "saveTranslation",
      translationFields(slug, `Version ${n}.`, (await translation(slug))?.version ?? 0),
      ctx.cookies.editor,
      `/en/admin/films/${slug}/translations/en`,
    );
  }
  if (trashed) await callAction(ctx.request, "moveToTrash", { slug, uiLocale: "en" }, ctx.cookies.editor, `/en/admin/films/${slug}`);
  return slug;
}

/** A person of the probe's own (the director of a film of its own), by slug. */
export async function ownPerson(ctx: Context) {
  const name = `Guard Person ${ctx.unique()}`;
  const slug = `guard-${ctx.unique()}`;
  await callAction(ctx.request, "saveFilm", { ...filmFields(slug), directors: name }, ctx.cookies.editor, "/en/admin/films/new");
  return (await dbRow<{ slug: string }>(`SELECT "slug" FROM "Person" WHERE "name" = ?`, [name]))!.slug;
}

/** An account of the probe's own, made by an admin, with a session of its own. */
export async function ownAccount(ctx: Context) {
  const account = { name: "Guard Probe", email: `guard-${ctx.unique()}@marquee.test`, password: "first-long-password", role: "editor" };
  await callAction(ctx.request, "createAccount", account, ctx.cookies.admin);
  return { ...account, id: (await userRow(account.email))!.id, cookie: await sessionCookie(account) };
}

/** The session token inside a signed session cookie ("…session_token=<token>.<signature>"). */
export const sessionToken = (cookie: string) => {
  const value = cookie
    .split("; ")
    .find((part) => part.includes("session_token="))!
    .split("=")[1]!;
  return decodeURIComponent(value).split(".")[0];
};

export const JPEG = () => new Blob([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1])], { type: "image/jpeg" });
