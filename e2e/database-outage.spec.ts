import { expect, test } from "@playwright/test";
import pg from "pg";
import { isPostgresUrl } from "../lib/database-url";
import { prepareDatabase } from "../scripts/lib/database.mjs";
import { createDatabase, startCluster } from "../scripts/lib/postgres-cluster.mjs";
import { editorAccount, gotoForm, signIn } from "./admin-fixtures";
import { ServerCopy } from "./server-copy";

// The PostgreSQL server stops in the middle of an editor's work, and starts
// again. A cluster of its own, so no other spec loses its database.

const postgres = isPostgresUrl(process.env.DATABASE_URL ?? "");

test.describe("the PostgreSQL server stops during an editor's save", () => {
  test.skip(!postgres, "PostgreSQL only: SQLite is a file opened by the app itself, with no server to stop");

  test("the save says so and keeps the text; after a restart the same save succeeds, written once", async ({ browser }) => {
    test.setTimeout(180_000);
    const cluster = await startCluster();
    const port = Number(process.env.E2E_PORT || 3100) + 11;
    const origin = `http://127.0.0.1:${port}`;
    const url = await createDatabase(cluster.url, "marquee_outage");
    await prepareDatabase({ ...process.env, DATABASE_URL: url });
    const copy = new ServerCopy(port, { DATABASE_URL: url, MARQUEE_SITE_URL: origin });
    const state = async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query(
          `SELECT t."commentary", t."version", (SELECT CAST(COUNT(*) AS INTEGER) FROM "Revision" r WHERE r."filmId" = f."id") AS "revisions"
           FROM "ReviewTranslation" t JOIN "Film" f ON f."id" = t."filmId" WHERE f."slug" = 'drive' AND t."locale" = 'en'`,
        );
        return rows[0] as { commentary: string; version: number; revisions: number };
      } finally {
        await client.end();
      }
    };
    try {
      await copy.start();
      const context = await browser.newContext({ baseURL: origin, extraHTTPHeaders: { "Accept-Language": "en" } });
      const page = await context.newPage();
      const reader = await context.newPage();
      await reader.goto("/en/reviews/drive"); // rendered and cached while the database is up
      await signIn(page, editorAccount);
      await gotoForm(page, "/en/admin/films/drive/translations/en");
      const before = await state();
      const text = `Written while the database was away, ${Date.now()}.`;
      const review = page.getByLabel("Review", { exact: true });
      await review.fill(text);

      cluster.stop();
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.locator("main")).toContainText("The database cannot be reached just now.", { timeout: 20_000 });
      await expect(review).toHaveValue(text);
      // Readers still get the cached page.
      const cached = await reader.goto("/en/reviews/drive");
      expect(cached!.status()).toBe(200);
      await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Drive");

      cluster.start();
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.locator("main")).not.toContainText("The database cannot be reached", { timeout: 20_000 });
      await expect.poll(async () => (await state()).commentary, { timeout: 20_000 }).toBe(text);
      // One save, one new version and one new revision: nothing half-written from the failed attempt.
      expect(await state()).toEqual({ commentary: text, version: before.version + 1, revisions: before.revisions + 1 });
      await context.close();
    } finally {
      await copy.dispose().catch(() => undefined);
      cluster.dispose();
    }
  });
});
