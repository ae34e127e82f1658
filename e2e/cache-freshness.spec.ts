import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { adminAccount, createFilm, gotoForm, newClient, signIn, writeTranslation } from "./admin-fixtures";

// Reader pages are rendered once and served from the cache until a save
// revalidates what it changed. Next answers x-nextjs-cache: HIT for a cached
// page and MISS for one it has just rendered.

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
  expect((await cacheState(request, "/en/years/1987")).state).toBe("HIT");

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

test.describe("a server killed and started again", () => {
  const port = Number(process.env.E2E_PORT || 3100) + 7;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marquee-restart-"));
  const dbFile = path.join(dir, "copy.db");
  let server: ChildProcess | null = null;

  const start = async () => {
    server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
      env: { ...process.env, DATABASE_URL: `file:${dbFile}`, MARQUEE_SEARCH_FILE: path.join(dir, "search.db") },
      stdio: "ignore",
    });
    await expect.poll(async () => fetch(`http://127.0.0.1:${port}/en`, { headers: { "accept-language": "en" } }).then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(200);
  };
  const title = async () => {
    const html = await (await fetch(`http://127.0.0.1:${port}/en/reviews/drive`)).text();
    return html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1];
  };

  test.afterAll(() => {
    server?.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("serves nothing it rendered before the crash", async () => {
    test.setTimeout(90_000);
    await new Database(process.env.DATABASE_URL!.replace(/^file:/, ""), { readonly: true }).backup(dbFile);
    await start();
    expect(await title()).toBe("Drive");
    expect(await title()).toBe("Drive"); // now cached
    server!.kill("SIGKILL");
    const db = new Database(dbFile);
    db.prepare(`UPDATE "ReviewTranslation" SET "title" = 'Drive (saved before the crash)'
      WHERE "locale" = 'en' AND "filmId" = (SELECT "id" FROM "Film" WHERE "slug" = 'drive')`).run();
    db.close();
    await start();
    expect(await title()).toBe("Drive (saved before the crash)");
  });
});
