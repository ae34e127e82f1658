import { expect, test } from "@playwright/test";
import { addRow, adminAccount, createFilm, editorAccount, gotoForm, newClient, signIn, writeTranslation } from "./admin-fixtures";
import { callAction, sessionCookie } from "./action-client";
import { filmFields } from "./guard-probes";
import { dbRows } from "./test-db";

// Facts picked from lists, never typed as keys: awarding bodies and each
// body's categories come from lists admins keep in every language, people
// from the people Marquee has.

const awards = (page: import("@playwright/test").Page, name: string) => page.getByRole("region", { name });

test("an awarding body and its category added by an admin are named in each reader's language, renamed and merged everywhere", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, adminAccount);
  const key = `venice-${Date.now().toString(36)}-${process.pid}`;
  await gotoForm(page, "/en/admin/award-bodies");
  const add = page.getByRole("group", { name: "Add an awarding body" });
  await add.getByLabel(/^Key/).fill(key);
  await add.getByLabel("Name in English").fill("Venice Film Festival");
  await add.getByLabel("Name in Japanese").fill("ヴェネツィア国際映画祭");
  await add.getByLabel("Name in French").fill("Mostra de Venise");
  await add.getByLabel("Name in Arabic").fill("مهرجان البندقية السينمائي");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByText("Venice Film Festival was added to the list.")).toBeVisible();
  // Its categories are its own list, one page down.
  await page.getByRole("link", { name: "Categories of Venice Film Festival" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Categories of Venice Film Festival" })).toBeVisible();
  const addCategory = page.getByRole("group", { name: "Add a category" });
  await addCategory.getByLabel(/^Key/).fill("golden-lion");
  await addCategory.getByLabel("Name in English").fill("Golden Lion");
  await addCategory.getByLabel("Name in Japanese").fill("金獅子賞");
  await addCategory.getByLabel("Name in French").fill("Lion d’or");
  await addCategory.getByLabel("Name in Arabic").fill("الأسد الذهبي");
  await addCategory.getByRole("button", { name: "Add" }).click();
  await expect(page.getByText("Golden Lion was added to the categories.")).toBeVisible();

  const { slug } = await createFilm(page, { title: "Lagoon Award Film" });
  await gotoForm(page, `/en/admin/films/${slug}/facts`);
  await addRow(page, "Add an award", "Awards", {
    "Awarding body": key,
    Year: "2001",
    Edition: "58",
    Category: "golden-lion",
    Result: "won",
  });
  await page.getByRole("button", { name: "Save facts" }).click();
  await expect(page.getByText("Facts saved.")).toBeVisible();
  for (const locale of ["en", "ja", "fr", "ar"]) {
    await gotoForm(page, `/en/admin/films/${slug}/translations/${locale}`);
    await writeTranslation(page, { title: `Lagoon ${locale}` });
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  }
  const expected = {
    en: ["Awards and nominations", "Venice Film Festival", "Golden Lion"],
    ja: ["受賞・ノミネート", "ヴェネツィア国際映画祭", "金獅子賞"],
    fr: ["Prix et nominations", "Mostra de Venise", "Lion d’or"],
    ar: ["الجوائز والترشيحات", "مهرجان البندقية السينمائي", "الأسد الذهبي"],
  };
  for (const [locale, [region, body, category]] of Object.entries(expected)) {
    await page.goto(`/${locale}/reviews/${slug}`);
    await expect(awards(page, region!)).toContainText(body!);
    await expect(awards(page, region!)).toContainText(category!);
    await expect(awards(page, region!)).not.toContainText(key);
    await expect(awards(page, region!)).not.toContainText("golden-lion");
  }

  // Renamed in one language: that review shows the new name at once.
  await page.goto("/en/admin/award-bodies");
  const entry = page.getByRole("group", { name: `Venice Film Festival (${key})` });
  await entry.getByLabel("Name in French").fill("La Mostra de Venise");
  await entry.getByRole("button", { name: "Save the names of Venice Film Festival" }).click();
  await expect(page.getByText("The names of Venice Film Festival were saved.")).toBeVisible();
  await page.goto(`/fr/reviews/${slug}`);
  await expect(awards(page, "Prix et nominations")).toContainText("La Mostra de Venise");
  // …and so does a category's.
  await page.goto(`/en/admin/award-bodies/${key}`);
  const category = page.getByRole("group", { name: "Golden Lion (golden-lion)" });
  await category.getByLabel("Name in French").fill("Le Lion d’or");
  await category.getByRole("button", { name: "Save the names of Golden Lion" }).click();
  await expect(page.getByText("The names of Golden Lion were saved.")).toBeVisible();
  await page.goto(`/fr/reviews/${slug}`);
  await expect(awards(page, "Prix et nominations")).toContainText("Le Lion d’or");

  // Merged into Cannes (a mistaken entry): its awards move, its entry goes.
  await page.goto("/en/admin/award-bodies");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByLabel("Merge this body").selectOption(key);
  await page.getByLabel("into the body that stays").selectOption("cannes");
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByText(`1 awards moved from ${key} to cannes`)).toBeVisible();
  await page.goto(`/ja/reviews/${slug}`);
  await expect(awards(page, "受賞・ノミネート")).toContainText("カンヌ国際映画祭");
  // Its categories joined Cannes' list.
  await expect(awards(page, "受賞・ノミネート")).toContainText("金獅子賞");
  expect(await dbRows(`SELECT "slug" FROM "AwardBody" WHERE "slug" = ?`, [key])).toEqual([]);
  const moved = `SELECT b."slug" FROM "AwardCategory" c JOIN "AwardBody" b ON b."id" = c."bodyId" WHERE c."slug" = 'golden-lion'`;
  expect(await dbRows(moved)).toEqual([{ slug: "cannes" }]);
  await context.close();
});

test("without JavaScript the lists show as plain text; a body or category not in the lists is refused by the server, naming it", async ({
  browser,
  request,
}) => {
  const signedIn = await newClient(browser);
  const js = await signedIn.newPage();
  await signIn(js, editorAccount);
  const { slug } = await createFilm(js, { title: "Plain Lists Film" });
  const plain = await browser.newContext({ javaScriptEnabled: false });
  await plain.addCookies(await signedIn.cookies());
  const page = await plain.newPage();
  await page.goto(`/en/admin/films/${slug}/facts`);
  await expect(page.getByLabel("Directors")).toHaveValue("Test Director");
  await expect(page.getByLabel("Awards")).toHaveValue("");

  // A call that bypasses the picker (a script, an old form) names an unlisted body.
  const cookie = await sessionCookie(editorAccount);
  const version = (await dbRows<{ version: number }>(`SELECT "version" FROM "Film" WHERE "slug" = ?`, [slug]))[0]!.version;
  const fields = { ...filmFields(slug), existingSlug: slug, version: String(version), awards: "nowhere | 2001 | | Best Film | won |" };
  const answer = await (await callAction(request, "saveFilm", fields, cookie, `/en/admin/films/${slug}/facts`)).text();
  expect(answer).toContain('"awardBody"');
  expect(answer).toContain('"body":"nowhere"');
  const awardsOf = `SELECT c."slug" FROM "Award" a JOIN "Film" f ON f."id" = a."filmId" JOIN "AwardCategory" c ON c."id" = a."categoryId" WHERE f."slug" = ?`;
  expect(await dbRows(awardsOf, [slug])).toEqual([]);

  // A category the body's list lacks is refused too; one typed by its name (the plain form) is found.
  const unlisted = await callAction(
    request,
    "saveFilm",
    { ...fields, awards: "cannes | 2001 | 54 | Best Catering | won |" },
    cookie,
    `/en/admin/films/${slug}/facts`,
  );
  expect(await unlisted.text()).toContain('"awardCategory"');
  const named = await callAction(
    request,
    "saveFilm",
    { ...fields, awards: "cannes | 2001 | 54 | best DIRECTOR | won |" },
    cookie,
    `/en/admin/films/${slug}/facts`,
  );
  expect(await named.text()).toContain("facts.saved");
  expect(await dbRows(awardsOf, [slug])).toEqual([{ slug: "best-director" }]);
  await page.reload();
  await expect(page.getByLabel("Awards")).toHaveValue("cannes | 2001 | 54 | best-director | won | ");
  await plain.close();
  await signedIn.close();
});

test("the people picker finds people in any script, warns before a near-duplicate, and rows reorder by keyboard", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  const { slug } = await createFilm(page, { title: "Picker Film" });
  const newcomer = `Picker Newcomer ${Date.now().toString(36)}`;
  await gotoForm(page, `/en/admin/films/${slug}/facts`);
  await page.getByRole("button", { name: "Add a cast member" }).click();
  const person = page.getByLabel("Person (Cast, row 1)", { exact: true });
  await person.fill("ゴズリング");
  await expect(page.locator('datalist option[value="Ryan Gosling"]')).toHaveCount(1);
  await person.fill("Ryan Golsing");
  await expect(page.getByText("Nobody is credited exactly so. Did you mean Ryan Gosling?")).toBeVisible();
  await page.getByRole("button", { name: "Use Ryan Gosling" }).click();
  await expect(person).toHaveValue("Ryan Gosling");
  await page.getByLabel("Character (Cast, row 1)", { exact: true }).fill("Driver");
  await addRow(page, "Add a cast member", "Cast", { Person: newcomer, Character: "Stranger" });
  await expect(page.getByText(`New person: saving adds ${newcomer}.`)).toBeVisible();
  // A new person can arrive with their name in other scripts.
  await page.getByRole("listitem", { name: "Cast, row 2" }).getByText("Names in other languages (optional)").click();
  await page.getByLabel("Name in Japanese (Person (Cast, row 2))").fill("ピッカー新人");

  // Keyboard: move the second row up.
  await page.getByRole("button", { name: "Move up (Cast, row 2)" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Person (Cast, row 1)", { exact: true })).toHaveValue(newcomer);
  await page.getByRole("button", { name: "Save facts" }).click();
  await expect(page.getByText("Facts saved.")).toBeVisible();
  const cast = await dbRows<{ name: string }>(
    `SELECT p."name" FROM "Credit" c JOIN "Person" p ON p."id" = c."personId" JOIN "Film" f ON f."id" = c."filmId"
     WHERE f."slug" = ? AND c."role" = 'cast' ORDER BY c."position"`,
    [slug],
  );
  expect(cast.map((c) => c.name)).toEqual([newcomer, "Ryan Gosling"]);
  expect(
    await dbRows(`SELECT t."locale", t."name" FROM "PersonTranslation" t JOIN "Person" p ON p."id" = t."personId" WHERE p."name" = ?`, [newcomer]),
  ).toEqual([{ locale: "ja", name: "ピッカー新人" }]);
  // Ryan Gosling was linked, not made again.
  expect(await dbRows(`SELECT "id" FROM "Person" WHERE "name" = 'Ryan Gosling'`)).toHaveLength(1);
  await context.close();
});
