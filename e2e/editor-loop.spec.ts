import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser } from "@playwright/test";
import { alternates, findCard, switcher } from "./helpers";
import { addRow, createFilm, editorAccount, newClient, signIn, writeTranslation, gotoForm } from "./admin-fixtures";
import { translationRow } from "./test-db";

test("create a film, write English, translate to Japanese side by side, publish, then unpublish Japanese", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  const { slug, suggested } = await createFilm(page, { title: "Ikiru", lang: "ja", year: "1952", director: "Akira Kurosawa" });
  expect(suggested).toBe("ikiru");

  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, {
    title: "Ikiru",
    excerpt: "A civil servant learns he is dying and looks for one thing worth doing.",
    synopsis: "Kanji Watanabe has stamped papers for thirty years.",
    commentary: "Kurosawa's *quietest* film is also one of his most radical.",
  });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await gotoForm(page, `/en/admin/films/${slug}/translations/ja?ref=en`);
  // The English text beside each field it is translated into, rendered as readers see it.
  const reference = (field: string) => page.locator(`.aligned-field__reference[data-field="${field}"]`);
  await expect(reference("title")).toContainText("English reference · Title");
  await expect(reference("title").locator('p[lang="en"]')).toHaveText("Ikiru");
  await expect(reference("synopsis")).toContainText("Kanji Watanabe has stamped papers for thirty years.");
  await expect(reference("commentary").locator("em")).toHaveText("quietest");
  await writeTranslation(page, {
    title: "生きる",
    excerpt: "死を宣告された役人が、生きる意味を探す。",
    synopsis: "渡辺勘治は三十年間、書類に判を押してきた。",
    commentary: "黒澤の最も静かな映画は、最も過激な映画のひとつでもある。",
  });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // The live preview renders the same sanitized markdown as the reader page.
  await expect(page.getByRole("region", { name: "Preview" })).toContainText("渡辺勘治は三十年間");

  await page.goto(`/en/reviews/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ikiru");
  expect(Object.keys(await alternates(page)).sort()).toEqual(["en", "ja", "x-default"]);
  await expect(switcher(page).getByRole("link", { name: "日本語", exact: true })).toBeVisible();
  await switcher(page).getByRole("link", { name: "日本語", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/ja/reviews/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("生きる");
  await expect(await findCard(page, "/ja", "生きる")).toBeVisible();

  await gotoForm(page, `/en/admin/films/${slug}/translations/ja`);
  await page.getByLabel("Status", { exact: true }).selectOption("unpublished");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.goto(`/en/reviews/${slug}`);
  expect(Object.keys(await alternates(page)).sort()).toEqual(["en", "x-default"]);
  await expect(switcher(page).getByRole("link", { name: /^日本語/ })).toContainText("not translated yet");
  await page.goto(`/ja/reviews/${slug}`);
  await expect(page.getByRole("note")).toContainText("まだ日本語に翻訳されていません");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ikiru");
  await context.close();
});

/** Two editors, each in their own browser, with the same film's English text open at the same version. */
async function twoEditorsOnOneVersion(browser: Browser, title: string) {
  const first = await newClient(browser);
  const second = await newClient(browser);
  const a = await first.newPage();
  const b = await second.newPage();
  await signIn(a, editorAccount);
  await signIn(b, editorAccount);
  const { slug } = await createFilm(a, { title });
  await gotoForm(a, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(a, { title: "First version", status: "draft" });
  await expect(a.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await a.reload();
  await gotoForm(b, `/en/admin/films/${slug}/translations/en`);
  return { a, b, slug, first, second };
}

test("a second editor's save is refused and keeps their text", async ({ browser }) => {
  const { a, b, first, second } = await twoEditorsOnOneVersion(browser, "Conflict Test Film");
  await writeTranslation(a, { title: "Saved by A", status: "draft" });
  await expect(a.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await writeTranslation(b, { title: "Written by B", commentary: "B's careful paragraph.", status: "draft" });
  await expect(b.locator("main").getByRole("alert")).toContainText("Someone else saved this in the meantime: Demo Editor (editor@marquee.test)");
  await expect(b.getByLabel("Title", { exact: true })).toHaveValue("Written by B");
  await expect(b.getByLabel("Review", { exact: true })).toHaveValue("B's careful paragraph.");

  await b.reload();
  await expect(b.getByLabel("Title", { exact: true })).toHaveValue("Saved by A");
  await first.close();
  await second.close();
});

test("bad slug, bad trailer URL and oversized text get field-level messages", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  await gotoForm(page, "/en/admin/films/new");
  await page.getByLabel("Original title").fill("Validation Film");
  await page.getByLabel("Slug (the address)").fill("Not A Slug!");
  await page.getByLabel("Year", { exact: true }).fill("1850");
  await page.getByLabel("Running time (minutes)").fill("90");
  await page.getByLabel("Countries").selectOption(["US"]);
  await addRow(page, "Add a director", "Directors", { Person: "Someone" });
  await page.getByLabel("Trailer (any YouTube link)").fill("javascript:alert(1)//youtube.com/watch?v=KBiOF3y1W0Y");
  await page.getByRole("button", { name: "Save facts" }).click();
  await expect(page.getByText("Use lowercase letters, digits and single hyphens")).toBeVisible();
  await expect(page.getByText("This is not a YouTube link.")).toBeVisible();
  await expect(page.getByText(/Enter a year from 1888 to \d{4}\./)).toBeVisible();
  await expect(page.getByLabel("Original title")).toHaveValue("Validation Film");
  await expect(page.getByLabel("Person (Directors, row 1)", { exact: true })).toHaveValue("Someone");

  // A good link shows the facade preview, and saving stores only the id.
  // The slug is this run's own, so the test can run again on the same database.
  const slug = `validation-film-${Date.now().toString(36)}-${process.pid}`;
  await page.getByLabel("Slug (the address)").fill(slug);
  await page.getByLabel("Year", { exact: true }).fill("1999");
  await page.getByLabel("Trailer (any YouTube link)").fill("https://youtu.be/KBiOF3y1W0Y?t=3");
  await expect(page.getByRole("link", { name: /^Play trailer/ })).toBeVisible();
  await page.getByRole("button", { name: "Save facts" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/films/${slug}$`));

  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  const huge = "x".repeat(101 * 1024);
  await page.getByLabel("Title", { exact: true }).fill("Kept title");
  await page.getByLabel("Excerpt").fill("Kept excerpt");
  await page.getByLabel("Synopsis").fill("Kept synopsis");
  await page.getByLabel("Review", { exact: true }).evaluate((el, value) => {
    const textarea = el as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(textarea, value);
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }, huge);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("This text is over 100 KB.")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Kept title");
  await expect(page.getByLabel("Synopsis")).toHaveValue("Kept synopsis");
  await context.close();
});

test("leaving the editor with unsaved changes asks first, and a saved form does not", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  await gotoForm(page, "/en/admin/films/spirited-away/translations/ar?ref=en");
  await page.getByLabel("Music notes").fill("نص لم يُحفظ بعد");
  const dialog = page.waitForEvent("dialog");
  void page.close({ runBeforeUnload: true });
  const prompt = await dialog;
  expect(prompt.type()).toBe("beforeunload");
  await prompt.dismiss();
  await expect(page.getByLabel("Music notes")).toHaveValue("نص لم يُحفظ بعد");

  const fresh = await context.newPage();
  await gotoForm(fresh, "/en/admin/films/spirited-away/translations/ar?ref=en");
  let prompted = false;
  fresh.on("dialog", async (d) => {
    prompted = true;
    await d.dismiss();
  });
  await fresh.close({ runBeforeUnload: true });
  expect(prompted).toBe(false);
  await context.close();
});

test("character names are translated per locale; an award's body and category are named by their lists", async ({ browser }) => {
  // Facts, a translation, the reader's page, a re-save and a restore: longer than one page's budget under two workers.
  test.setTimeout(90_000);
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  const { slug } = await createFilm(page, { title: "Labels Test Film" });
  await gotoForm(page, `/en/admin/films/${slug}/facts`);
  await addRow(page, "Add a cast member", "Cast", { Person: "Test Actor", Character: "The Stranger" });
  await addRow(page, "Add an award", "Awards", {
    "Awarding body": "cannes",
    Year: "2001",
    Edition: "54",
    Category: "best-director",
    Result: "won",
    Person: "Test Director",
  });
  await page.getByRole("button", { name: "Save facts" }).click();
  await expect(page.getByText("Facts saved.")).toBeVisible();

  await gotoForm(page, `/en/admin/films/${slug}/translations/fr`);
  await page.getByLabel("Test Actor as The Stranger").fill("L’Étranger");
  // Nothing about the award to translate here: the lists name it in every language.
  await expect(page.getByLabel(/Category/)).toHaveCount(0);
  // Saved together with the text: one version, one revision.
  await writeTranslation(page, { title: "Film des libellés" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.goto(`/fr/reviews/${slug}`);
  await expect(page.getByRole("region", { name: "Distribution" })).toContainText("Test Actor dans le rôle de L’Étranger");
  await expect(page.getByRole("region", { name: "Prix et nominations" })).toContainText("Festival de Cannes");
  await expect(page.getByRole("region", { name: "Prix et nominations" })).toContainText("Prix de la mise en scène");

  await page.goto(`/ja/reviews/${slug}`);
  await expect(page.getByRole("region", { name: "受賞・ノミネート" })).toContainText("監督賞");

  // Facts re-saved (credits and awards rewritten), then the first French revision restored: labels come back too.
  await gotoForm(page, `/en/admin/films/${slug}/translations/fr`);
  await page.getByLabel("Test Actor as The Stranger").fill("Le Passant");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await gotoForm(page, `/en/admin/films/${slug}/facts`);
  await page.getByRole("button", { name: "Save facts" }).click();
  await expect(page.getByText("Facts saved.")).toBeVisible();
  await page.goto(`/en/admin/films/${slug}/history`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Restore version 1 of French text" }).click();
  await expect(page.getByText("Version 1 was restored as a new version.")).toBeVisible();
  await page.goto(`/fr/reviews/${slug}`);
  await expect(page.getByRole("region", { name: "Distribution" })).toContainText("Test Actor dans le rôle de L’Étranger");
  await context.close();
});

test("a conflict is merged field by field: their title, my review, then saved on top of their version", async ({ browser }) => {
  const { a, b, slug, first, second } = await twoEditorsOnOneVersion(browser, "Merge Test Film");
  await writeTranslation(a, { title: "Their better title", commentary: "Their weaker review.", status: "draft" });
  await expect(a.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await writeTranslation(b, { title: "My worse title", commentary: "My stronger review.", status: "draft" });

  const merge = b.getByRole("region", { name: /^Merge with version \d+$/ });
  await expect(merge).toBeVisible();
  const title = merge.getByRole("group", { name: "Title", exact: true });
  await expect(title).toContainText("Their better title");
  await expect(title.locator("ins")).toHaveText(["My", "worse"]);
  const axe = await new AxeBuilder({ page: b }).include(".conflict-merge").analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await title.getByRole("radio", { name: "Theirs" }).check();
  await merge.getByRole("group", { name: "Review", exact: true }).getByRole("radio", { name: "Mine" }).check();
  await merge.getByRole("button", { name: "Use these choices" }).click();
  await expect(b.getByLabel("Title", { exact: true })).toHaveValue("Their better title");
  await expect(b.getByLabel("Review", { exact: true })).toHaveValue("My stronger review.");
  await b.getByRole("button", { name: "Save", exact: true }).click();
  await expect(b.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const saved = await translationRow(slug, "en");
  expect([saved?.title, saved?.commentary]).toEqual(["Their better title", "My stronger review."]);
  await first.close();
  await second.close();
});
