import { expect, test } from "@playwright/test";
import { callAction } from "./action-client";
import { editorAccount } from "./admin-fixtures";
import { filmFields, ownFilm, revisionIds, translation } from "./guard-probes";
import { guardContext } from "./guard-table";
import { dbRow } from "./test-db";

// Every versioned save refuses a stale version and names who saved in
// between. Translation saves are covered in the browser (editor-loop.spec.ts);
// these are the facts form and restoring a revision.

const who = `${"Demo Editor"} (${editorAccount.email})`;
const facts = async (slug: string) =>
  (await dbRow<{ originalTitle: string; version: number }>(`SELECT "originalTitle", "version" FROM "Film" WHERE "slug" = ?`, [slug]))!;

test("a facts save from a stale version is refused and overwrites nothing", async ({ request }) => {
  const ctx = await guardContext(request);
  const slug = await ownFilm(ctx);
  const started = (await facts(slug)).version;
  const save = (originalTitle: string) =>
    callAction(
      request,
      "saveFilm",
      { ...filmFields(slug), existingSlug: slug, version: String(started), originalTitle },
      ctx.cookies.editor,
      `/en/admin/films/${slug}/facts`,
    );

  await save("First Editor's Title");
  expect(await facts(slug)).toEqual({ originalTitle: "First Editor's Title", version: started + 1 });
  const stale = await (await save("Second Editor's Title")).text();
  expect(stale).toContain("errors.conflict");
  expect(stale).toContain(who);
  expect(stale).toContain("Second Editor's Title"); // the refused text comes back to the form
  expect(await facts(slug)).toEqual({ originalTitle: "First Editor's Title", version: started + 1 });
});

test("restoring a revision over a newer save is refused and overwrites nothing", async ({ request }) => {
  const ctx = await guardContext(request);
  const slug = await ownFilm(ctx, { versions: 3 });
  const [first] = await revisionIds(slug);
  const current = (await translation(slug))!;
  const restore = (currentVersion: number) =>
    callAction(
      request,
      "restoreRevision",
      { revisionId: first!, currentVersion: String(currentVersion), uiLocale: "en" },
      ctx.cookies.editor,
      `/en/admin/films/${slug}/history`,
    );

  const stale = await (await restore(current.version - 1)).text();
  expect(stale).toContain("errors.conflict");
  expect(stale).toContain(who);
  expect(await translation(slug)).toEqual(current);
  await restore(current.version);
  expect((await translation(slug))!.commentary).toBe("Version 1.");
});
