import { expect, test, type APIRequestContext } from "@playwright/test";
import { adminAccount, createFilm, gotoForm, newClient, signIn, writeTranslation } from "./admin-fixtures";
import { ServerCopy } from "./server-copy";

// Reader pages are rendered once and served from the cache until a save
// revalidates what it changed. Next answers x-nextjs-cache: HIT for a cached
// page and MISS for one it has just rendered.

/** lib/editorial/revalidate.ts's STRAGGLER_MS: the second expiry after a save. */
const STRAGGLER_MS = 3_000;

const cacheState = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return { state: response.headers()["x-nextjs-cache"], body: await response.text() };
};

test("a save re-renders the film's own pages and the listings it is on, and leaves the rest cached", async ({ browser, request }) => {
  // Cléo is a seeded film that no test edits.
  const untouched = "/fr/reviews/cleo-from-5-to-7";
  await cacheState(request, untouched);
  expect((await cacheState(request, untouched)).state).toBe("HIT");

  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, adminAccount);
  const { slug } = await createFilm(page, { title: "Freshness Test Film", year: "1987" });
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title: "Freshness Test Film" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  expect((await cacheState(request, `/en/reviews/${slug}`)).body).toContain("Freshness Test Film");
  const year = await cacheState(request, "/en/years/1987");
  expect(year.body).toContain("Freshness Test Film");
  // Cached from now on (once the save's second expiry, a few seconds later, has passed: see the next test).
  await expect.poll(async () => (await cacheState(request, "/en/years/1987")).state, { timeout: 15_000 }).toBe("HIT");

  // A new title reaches the review and the card on the year page; Cléo was never re-rendered.
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title: "Freshness Test Film, retitled" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const review = await cacheState(request, `/en/reviews/${slug}`);
  expect(review.state).toBe("MISS");
  expect(review.body).toContain("Freshness Test Film, retitled");
  expect((await cacheState(request, "/en/years/1987")).body).toContain("Freshness Test Film, retitled");
  expect((await cacheState(request, untouched)).state).toBe("HIT");
  await context.close();
});

test("a page stored just after a save is expired again a few seconds later, so a render that read the database before the save cannot stay", async ({
  browser,
  request,
}) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, adminAccount);
  const { slug } = await createFilm(page, { title: "Straggler Test Film" });
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title: "Straggler Test Film" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // The server armed its second expiry (STRAGGLER_MS in lib/editorial/revalidate.ts) before it answered.
  const saved = Date.now();
  const review = `/en/reviews/${slug}`;
  // Rendered and stored inside the window: it stands for a render that began before the commit.
  // (Another worker's save of something this page shows, a genre say, may expire it once more
  // meanwhile; each read here still leaves a copy stored before the second expiry.)
  await cacheState(request, review);
  expect(Date.now() - saved, "the first read must fall inside the window to show anything").toBeLessThan(STRAGGLER_MS);
  await cacheState(request, review);
  // Once the second expiry is due, that copy is gone: the next reader gets a new render…
  await page.waitForTimeout(Math.max(0, saved + STRAGGLER_MS + 1_500 - Date.now()));
  expect((await cacheState(request, review)).state).toBe("MISS");
  // …and the new render is cached again.
  await expect.poll(async () => (await cacheState(request, review)).state).toBe("HIT");
  await context.close();
});

test.describe("a server killed and started again", () => {
  const copy = new ServerCopy(Number(process.env.E2E_PORT || 3100) + 7);
  const title = async () => {
    const html = await (await fetch(`${copy.origin}/en/reviews/drive`)).text();
    return html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1];
  };

  test.afterAll(() => copy.dispose());

  test("serves nothing it rendered before the crash", async () => {
    test.setTimeout(90_000);
    await copy.copyDatabase();
    await copy.start();
    expect(await title()).toBe("Drive");
    expect(await title()).toBe("Drive"); // now cached
    copy.crash();
    await copy.execute(
      `UPDATE "ReviewTranslation" SET "title" = 'Drive (saved before the crash)'
      WHERE "locale" = 'en' AND "filmId" = (SELECT "id" FROM "Film" WHERE "slug" = 'drive')`,
    );
    await copy.start();
    expect(await title()).toBe("Drive (saved before the crash)");
  });
});
