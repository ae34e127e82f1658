import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createFilm, editorAccount, gotoForm, newClient, signIn, writeTranslation } from "../admin-fixtures";
import { switcher } from "../helpers";
import { dbRow } from "../test-db";
import { topology, type Topology } from "./topology-fixture";

// The production topology: nginx in front of two app instances (A and B)
// from one build, one PostgreSQL database, one Redis (topology-fixture.ts).
// Editors sign in through the front (the site's origin, which better-auth
// trusts) and then work on A directly (baseURL); the session cookie is the
// host's, so A and B receive it too. Readers come through the front or to B.

const cluster: Topology = topology();

/** Polls `url` until its body contains `text`; returns how long that took after `since`. */
async function visibleAfter(request: APIRequestContext, url: string, text: string, since: number) {
  await expect
    .poll(async () => (await (await request.get(url, { headers: { "Accept-Language": "en" } })).text()).includes(text), {
      message: url,
      timeout: 10_000,
      intervals: [50],
    })
    .toBe(true);
  return Date.now() - since;
}

// One sign-in through the front for the whole file: every sign-in through it
// counts against the front's one address in the rate limit.
let session: Awaited<ReturnType<BrowserContext["storageState"]>>;
test.beforeAll(async ({ browser }) => {
  const context = await newClient(browser);
  await signIn(await context.newPage(), editorAccount, "en", cluster.front);
  session = await context.storageState();
  await context.close();
});

const editorContext = (browser: Browser) => browser.newContext({ storageState: session, extraHTTPHeaders: { "Accept-Language": "en" } });

/** The signed-in editor, with a new film (facts saved on A). */
async function editorWithFilm(browser: Browser, name: string) {
  const context = await editorContext(browser);
  const page = await context.newPage();
  const title = `${name} ${Date.now().toString(36)}`;
  const { slug } = await createFilm(page, { title });
  return { context, page, title, slug };
}

async function saved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  return Date.now();
}

test("a review published on A reaches readers of the front and of B, on every surface", async ({ browser, request }) => {
  const { context, page, title, slug } = await editorWithFilm(browser, "Topology Film");
  const review = `/en/reviews/${slug}`;
  // Readers have the home page and the feed cached everywhere before the publish.
  for (const base of [cluster.front, cluster.b]) {
    await request.get(`${base}/en`);
    await request.get(`${base}/en/feed.xml`);
  }

  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title, commentary: "Seen through every instance." });
  const at = await saved(page);
  const delays: Record<string, number> = {};
  for (const [name, base] of [
    ["front", cluster.front],
    ["B", cluster.b],
  ] as const) {
    delays[`${name} review`] = await visibleAfter(request, `${base}${review}`, "Seen through every instance.", at);
    delays[`${name} home`] = await visibleAfter(request, `${base}/en`, title, at);
    delays[`${name} feed`] = await visibleAfter(request, `${base}/en/feed.xml`, title, at);
    delays[`${name} search`] = await visibleAfter(request, `${base}/en/search?q=${encodeURIComponent(title)}`, review, at);
  }

  // A second language published on A: B's switcher offers it as translated.
  await gotoForm(page, `/en/admin/films/${slug}/translations/ja`);
  await writeTranslation(page, { title: "トポロジー映画", commentary: "すべての経路から見える。" });
  const jaAt = await saved(page);
  const reader = await browser.newPage();
  await reader.goto(`${cluster.b}${review}`);
  await expect(switcher(reader).getByRole("link", { name: "日本語", exact: true })).toBeVisible();
  delays["B switcher"] = await visibleAfter(request, `${cluster.b}/ja/reviews/${slug}`, "すべての経路から見える。", jaAt);
  test.info().annotations.push({ type: "publish visible after (ms)", description: JSON.stringify(delays) });
  await context.close();
});

test("a translation scheduled on A goes live by itself, through the front and on B", async ({ browser, request }) => {
  const { context, page, title, slug } = await editorWithFilm(browser, "Scheduled Film");
  const due = Date.now() + 8_000;
  await gotoForm(page, `/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title, commentary: "Live at its time.", publishAt: new Date(due).toISOString().slice(0, 19) });
  await saved(page);
  for (const base of [cluster.front, cluster.b]) expect((await request.get(`${base}/en/reviews/${slug}`)).status()).toBe(404);
  // Nobody acts: the instances' sweeps (every 10 s) revalidate the film's pages in Redis once it is due.
  for (const base of [cluster.front, cluster.b]) {
    await expect
      .poll(async () => (await (await request.get(`${base}/en/reviews/${slug}`)).text()).includes("Live at its time."), { timeout: 40_000 })
      .toBe(true);
  }
  test.info().annotations.push({ type: "live after its time (ms)", description: String(Date.now() - due) });
  await context.close();
});

test("a page rendered by one instance is served from the shared cache by the other", async ({ request }) => {
  // A review page is never prerendered, so B has no copy of its own from the build.
  const path = "/ar/reviews/drive";
  const state = async (base: string) => (await request.get(`${base}${path}`)).headers()["x-nextjs-cache"];
  await state(cluster.a);
  expect(await state(cluster.a)).toBe("HIT");
  // B never rendered it: without the shared cache this would be a MISS.
  expect(await state(cluster.b)).toBe("HIT");
});

test("a session made through the front is valid on A and on B", async ({ browser }) => {
  const context = await editorContext(browser);
  const page = await context.newPage();
  for (const base of [cluster.a, cluster.b]) {
    await page.goto(`${base}/en/admin`);
    await expect(page).toHaveURL(`${base}/en/admin`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await context.close();
});

test("a poster uploaded through A is served by B and through the front", async ({ browser, request }) => {
  const { context, page, slug } = await editorWithFilm(browser, "Poster Film");
  // A tiny PNG: the signature, then bytes that must come back unchanged.
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("marquee-topology-poster")]);
  await gotoForm(page, `/en/admin/films/${slug}/facts`);
  await page.getByLabel("Poster image (JPEG, PNG or WebP, up to 5 MB)").setInputFiles({ name: "p.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Upload poster" }).click();
  await expect(page.getByText("Poster saved.")).toBeVisible();
  const row = await dbRow<{ posterPath: string }>(`SELECT "posterPath" FROM "Film" WHERE "slug" = ?`, [slug]);
  for (const base of [cluster.b, cluster.front]) {
    const response = await request.get(`${base}${row!.posterPath}`);
    expect(response.status()).toBe(200);
    expect((await response.body()).equals(png)).toBe(true);
  }
  await context.close();
});

test("the sign-in rate limit counts attempts made on both instances", async ({ request }) => {
  const address = `10.200.${process.pid % 250}.7`;
  const statuses = [];
  for (let n = 1; n <= 6; n++) {
    const base = n % 2 ? cluster.a : cluster.b;
    const response = await request.post(`${base}/api/auth/sign-in/email`, {
      headers: { Origin: cluster.front, "X-Forwarded-For": address },
      data: { email: editorAccount.email, password: `wrong-${n}-password` },
    });
    statuses.push(response.status());
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
});

test("the front caches reader pages and static files, and never the admin, a signed-in reader or a cookie", async ({ browser, request }) => {
  const status = async (path: string, headers: Record<string, string> = {}) =>
    (await request.get(`${cluster.front}${path}`, { headers, maxRedirects: 0 })).headers()["x-cache-status"] ?? "none";
  // Served from the front's copy: fresh (HIT), or past its second while one
  // request refreshes it (STALE, UPDATING).
  const cached = ["HIT", "STALE", "UPDATING"];
  for (const path of ["/fr/reviews/drive", "/en/feed.xml", "/sitemap.xml"]) {
    await status(path);
    expect(cached, path).toContain(await status(path));
  }
  const page = await browser.newPage();
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/_next/static/")) scripts.push(response.url());
  });
  await page.goto(`${cluster.front}/en`);
  await page.close();
  expect(scripts.length).toBeGreaterThan(0);
  expect(await status(new URL(scripts[0]!).pathname)).toBe("HIT");

  // The admin has no cache at all; `/` sets the locale cookie, so it is never kept.
  await status("/en/admin/sign-in");
  expect(await status("/en/admin/sign-in")).toBe("none");
  await status("/", { "Accept-Language": "fr" });
  expect(cached).not.toContain(await status("/", { "Accept-Language": "fr" }));
  // A reader who guesses at the instances' refresh header still gets the cache.
  expect(cached).toContain(await status("/fr/reviews/drive", { "X-Marquee-Refresh": "guess-guess-guess-guess" }));
  // A signed-in editor (any session cookie) always reaches an instance.
  expect(await status("/fr/reviews/drive", { Cookie: "__Secure-better-auth.session_token=x" })).toBe("BYPASS");
  // Compressed on the way out: brotli where the module is installed, else gzip.
  const encoding = (await request.get(`${cluster.front}/en`, { headers: { "Accept-Encoding": "br, gzip" } })).headers()["content-encoding"];
  expect(["br", "gzip"]).toContain(encoding);
});

test("with one instance killed, the front keeps answering and no acknowledged save is lost", async ({ browser, request }) => {
  const { context, page, title, slug } = await editorWithFilm(browser, "Failover Film");
  // Saved through the front: its server action passes only if the front hands
  // on the host the browser used (Next compares it with the Origin).
  await gotoForm(page, `${cluster.front}/en/admin/films/${slug}/translations/en`);
  await writeTranslation(page, { title, commentary: "Saved before the crash." });
  await saved(page);

  // Readers keep loading pages while B dies.
  const statuses: number[] = [];
  let reading = true;
  const readers = (async () => {
    for (let n = 0; reading; n++) {
      const path = [`/en`, `/en/reviews/${slug}`, `/fr/reviews/drive`, `/ja`][n % 4]!;
      statuses.push((await request.get(`${cluster.front}${path}?n=${n}`)).status());
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 500));
  cluster.killB();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  reading = false;
  await readers;
  expect(statuses.length).toBeGreaterThan(10);
  expect(statuses.filter((status) => status !== 200)).toEqual([]);

  // The save acknowledged before the crash is there, through the front.
  expect(await (await request.get(`${cluster.front}/en/reviews/${slug}`)).text()).toContain("Saved before the crash.");
  await context.close();
});

// Last: it uses up the front's sign-in allowance for a minute.
test("through the front, a client cannot pick its own address: forged X-Forwarded-For headers share one limit", async ({ request }) => {
  const statuses: number[] = [];
  for (let n = 1; n <= 6 && !statuses.includes(429); n++) {
    const response = await request.post(`${cluster.front}/api/auth/sign-in/email`, {
      headers: { Origin: cluster.front, "X-Forwarded-For": `203.0.113.${n}` },
      data: { email: editorAccount.email, password: `wrong-${n}-password` },
    });
    statuses.push(response.status());
  }
  // Had each forged address counted as its own client, all six would be 401.
  expect(statuses).toContain(429);
});
