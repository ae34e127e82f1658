import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { callAction } from "./action-client";
import { createFilm, editorAccount, gotoForm, newClient, signIn } from "./admin-fixtures";
import { filmFields, ownFilm, revisionIds, translation } from "./guard-probes";
import { guardContext } from "./guard-table";
import { dbRow } from "./test-db";

// Every versioned save refuses a stale version and names who saved in
// between. Translation saves are covered in the browser (editor-loop.spec.ts);
// these are the facts form (refused, then merged in the browser) and
// restoring a revision.

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

test("a refused facts save is merged field by field: their year, my running time, saved on top of their version", async ({ browser }) => {
  const context = await newClient(browser);
  const [a, b] = [await context.newPage(), await context.newPage()];
  await signIn(a, editorAccount);
  const { slug } = await createFilm(a, { title: "Facts Merge Film", year: "1999" });
  for (const page of [a, b]) await gotoForm(page, `/en/admin/films/${slug}/facts`);
  await a.getByLabel("Year", { exact: true }).fill("2001");
  await a.getByRole("button", { name: "Save facts" }).click();
  await expect(a.getByText("Facts saved.")).toBeVisible();

  await b.getByLabel("Running time (minutes)").fill("99");
  await b.getByRole("button", { name: "Save facts" }).click();
  const merge = b.getByRole("region", { name: /^Merge with version \d+$/ });
  await expect(merge).toBeVisible();
  await expect(b.locator("main")).toContainText(who);
  // Only they changed the year, only I changed the running time: each starts on the one who did.
  await expect(merge.getByRole("group", { name: "Year", exact: true }).getByRole("radio", { name: "Theirs" })).toBeChecked();
  await expect(merge.getByRole("group", { name: "Running time", exact: true }).getByRole("radio", { name: "Mine" })).toBeChecked();
  // Nothing else differs, so nothing else is offered (lists compared as sets, rows line by line).
  await expect(merge.locator("fieldset")).toHaveCount(2);
  const axe = await new AxeBuilder({ page: b }).include(".conflict-merge").analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await merge.getByRole("button", { name: "Use these choices" }).click();
  await expect(b.getByLabel("Year", { exact: true })).toHaveValue("2001");
  await expect(b.getByLabel("Running time (minutes)")).toHaveValue("99");
  await b.getByRole("button", { name: "Save facts" }).click();
  await expect(b.getByText("Facts saved.")).toBeVisible();
  const row = await dbRow<{ year: number; runtimeMinutes: number }>(`SELECT "year", "runtimeMinutes" FROM "Film" WHERE "slug" = ?`, [slug]);
  expect([Number(row!.year), Number(row!.runtimeMinutes)]).toEqual([2001, 99]);
  await context.close();
});
