import { expect, test } from "@playwright/test";
import { adminAccount, editorAccount, newClient, signIn } from "./admin-fixtures";
import { ServerCopy } from "./server-copy";
import { dbRow } from "./test-db";

test("an admin signs in, sees the reviews list, and signs out", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=%2Fen%2Fadmin$/);
  await signIn(page, adminAccount);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reviews");
  await expect(page.getByText(`Signed in as ${"Marquee Admin"}`)).toBeVisible();

  const cookie = (await context.cookies()).find((c) => c.name.includes("session_token"))!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");
  expect(cookie.secure).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/admin\/sign-in/);
  await context.close();
});

test("a wrong password and an unknown email get the same generic message", async ({ browser }) => {
  const context = await newClient(browser, "fr");
  const page = await context.newPage();
  for (const [email, password] of [
    [adminAccount.email, "not-the-password"],
    ["nobody@marquee.test", "not-the-password"],
  ]) {
    await page.goto("/fr/admin/sign-in");
    await expect(page.locator("form[data-ready]")).toHaveCount(1);
    await page.locator("#email").fill(email!);
    await page.locator("#password").fill(password!);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText("L’adresse e-mail ou le mot de passe est incorrect.");
  }
  await context.close();
});

test("repeated sign-in attempts are rate limited", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await page.goto("/en/admin/sign-in");
  await expect(page.locator("form[data-ready]")).toHaveCount(1);
  const attempt = async (password: string) => {
    await page.locator("#email").fill(editorAccount.email);
    await page.locator("#password").fill(password);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/auth/sign-in/email")),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    return response.status();
  };
  const statuses: number[] = [];
  for (let n = 1; n <= 6; n++) statuses.push(await attempt(`wrong-${n}-password`));
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  await expect(page.locator("main").getByRole("alert")).toHaveText("Too many sign-in attempts. Wait a minute, then try again.");
  // Even the right password is refused until the window passes.
  expect(await attempt(editorAccount.password)).toBe(429);
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  await context.close();
});

test.describe("the rate limit and forwarded addresses", () => {
  const signInFrom = (origin: string, forwardedFor: string) =>
    fetch(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, "x-forwarded-for": forwardedFor },
      body: JSON.stringify({ email: editorAccount.email, password: "not-the-password" }),
    }).then((r) => r.status);
  const rotating = async (origin: string) => {
    const statuses: number[] = [];
    for (let n = 1; n <= 6; n++) statuses.push(await signInFrom(origin, `203.0.113.${n}`));
    return statuses;
  };

  test("a trusted proxy's forwarded address is honoured", async ({ baseURL }) => {
    // This server trusts 127.0.0.1 (playwright.config.ts): six addresses, six buckets.
    expect(await rotating(baseURL!)).toEqual([401, 401, 401, 401, 401, 401]);
  });

  test("an untrusted client cannot rotate X-Forwarded-For past the limit", async () => {
    test.setTimeout(60_000);
    const port = Number(process.env.E2E_PORT || 3100) + 8;
    const copy = new ServerCopy(port, { MARQUEE_TRUSTED_PROXIES: "", MARQUEE_SITE_URL: `http://127.0.0.1:${port}` });
    try {
      await copy.copyDatabase();
      await copy.start();
      expect(await rotating(copy.origin)).toEqual([401, 401, 401, 401, 401, 429]);
    } finally {
      await copy.dispose();
    }
  });
});

test("a disabled account is signed out at once and cannot sign in", async ({ browser }) => {
  const admin = await newClient(browser);
  const adminPage = await admin.newPage();
  await signIn(adminPage, adminAccount);
  await adminPage.goto("/en/admin/accounts");
  const email = `critic-${Date.now()}@marquee.test`;
  await adminPage.getByLabel("Name").fill("Guest Critic");
  await adminPage.getByLabel("Email", { exact: true }).fill(email);
  await adminPage.getByLabel("Password", { exact: true }).fill("a-long-enough-password");
  await adminPage.getByRole("button", { name: "Create account" }).click();
  await expect(adminPage.getByText(`Account created for ${email}.`)).toBeVisible();

  const critic = await newClient(browser);
  const criticPage = await critic.newPage();
  await signIn(criticPage, { email, password: "a-long-enough-password" });

  await adminPage.reload();
  await adminPage.getByRole("button", { name: `Disable: ${email}` }).click();
  await expect(adminPage.getByText(`${email} is disabled and signed out everywhere.`)).toBeVisible();
  expect(await dbRow(`SELECT CASE WHEN "banned" THEN 1 ELSE 0 END AS "banned" FROM "user" WHERE "email" = ?`, [email])).toEqual({ banned: 1 });

  await criticPage.goto("/en/admin");
  await expect(criticPage).toHaveURL(/\/en\/admin\/sign-in/);
  await expect(criticPage.locator("form[data-ready]")).toHaveCount(1);
  await criticPage.locator("#email").fill(email);
  await criticPage.locator("#password").fill("a-long-enough-password");
  await criticPage.getByRole("button", { name: "Sign in" }).click();
  await expect(criticPage.locator("main").getByRole("alert")).toHaveText("This account is disabled. Ask an administrator to enable it.");
  await admin.close();
  await critic.close();
});

test("an editor cannot reach account management", async ({ browser }) => {
  const context = await newClient(browser);
  const page = await context.newPage();
  await signIn(page, editorAccount);
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Accounts" })).toHaveCount(0);
  await page.goto("/en/admin/accounts");
  await expect(page).toHaveURL(/\/en\/admin$/);
  await context.close();
});
