import { expect, test, type Browser } from "@playwright/test";
import { adminAccount, createFilm, newClient, signIn, userRow } from "./admin-fixtures";
import { dbRow, dbRows } from "./test-db";

// An editor changes what the product offers them (display name, password)
// on their own profile page; admins see it in the account history, and the
// editor's work is always named by name and email together.

/** An admin, signed in, who has just made a fresh editor account (so no other spec's account changes). */
async function adminWithNewAccount(browser: Browser, name: string) {
  const adminContext = await newClient(browser);
  const admin = await adminContext.newPage();
  await signIn(admin, adminAccount);
  const email = `profile-${Date.now()}-${Math.floor(Math.random() * 1e6)}@marquee.test`;
  await admin.goto("/en/admin/accounts");
  await admin.getByLabel("Name").fill(name);
  await admin.getByLabel("Email", { exact: true }).fill(email);
  await admin.getByLabel("Password", { exact: true }).fill("first-long-password");
  await admin.getByRole("button", { name: "Create account" }).click();
  await expect(admin.getByText(`Account created for ${email}.`)).toBeVisible();
  return { adminContext, admin, account: { email, password: "first-long-password" } };
}

test("an editor renames themself; their work and the account history name them by name and email", async ({ browser }) => {
  const { adminContext, admin, account } = await adminWithNewAccount(browser, "Rosa Critic");

  const context = await newClient(browser);
  const editor = await context.newPage();
  await signIn(editor, account);
  const { slug } = await createFilm(editor, { title: "Profile Test Film" });
  await editor.goto("/en/admin/profile");
  await editor.getByLabel("Name").fill("Marquee Admin");
  await editor.getByRole("button", { name: "Save name" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Your name is now “Marquee Admin”." })).toBeVisible();
  expect(await dbRow(`SELECT "name" FROM "user" WHERE "email" = ?`, [account.email])).toEqual({ name: "Marquee Admin" });

  // The name alone can imitate anyone; the email beside it cannot.
  await editor.goto(`/en/admin/films/${slug}/history`);
  await expect(editor.locator("main")).toContainText(`Marquee Admin (${account.email})`);

  await admin.goto("/en/admin/accounts");
  const history = admin.getByRole("region", { name: "Account history" });
  const rows = history.getByRole("row").filter({ hasText: account.email });
  await expect(rows.filter({ hasText: "Renamed from “Rosa Critic” to “Marquee Admin”" })).toContainText(`Marquee Admin (${account.email})`);
  await expect(rows.filter({ hasText: "Account created as “Rosa Critic”" })).toContainText(`(${adminAccount.email})`);
  await adminContext.close();
  await context.close();
});

test("a new password needs the current one, signs out other sessions, and is recorded", async ({ browser }) => {
  const { adminContext, account } = await adminWithNewAccount(browser, "Password Changer");

  const elsewhere = await newClient(browser);
  const other = await elsewhere.newPage();
  await signIn(other, account);

  const context = await newClient(browser, "fr");
  const editor = await context.newPage();
  await signIn(editor, account, "fr");
  await editor.goto("/fr/admin/profile");
  await editor.getByLabel("Mot de passe actuel").fill("not-my-password");
  await editor.getByLabel("Nouveau mot de passe").fill("second-long-password");
  await editor.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(editor.getByText("Ce n’est pas votre mot de passe actuel.")).toBeVisible();

  await editor.getByLabel("Mot de passe actuel").fill(account.password);
  await editor.getByLabel("Nouveau mot de passe").fill("second-long-password");
  await editor.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Votre mot de passe a été changé." })).toBeVisible();
  // This session goes on; the other one is signed out.
  await editor.goto("/fr/admin/profile");
  await expect(editor).toHaveURL(/\/fr\/admin\/profile$/);
  await other.goto("/en/admin");
  await expect(other).toHaveURL(/\/en\/admin\/sign-in/);
  await signIn(other, { email: account.email, password: "second-long-password" });

  const { id } = (await userRow(account.email))!;
  expect(await dbRows(`SELECT "kind", "actorId" FROM "AccountEvent" WHERE "userId" = ? ORDER BY "createdAt"`, [id])).toEqual([
    { kind: "created", actorId: expect.any(String) },
    { kind: "passwordChanged", actorId: id },
  ]);
  await Promise.all([adminContext.close(), elsewhere.close(), context.close()]);
});

test("without JavaScript, a profile form posts to its own page, only that form reports, and signing out works", async ({ browser }) => {
  const { adminContext, account } = await adminWithNewAccount(browser, "Plain Form Critic");
  const signedIn = await newClient(browser);
  await signIn(await signedIn.newPage(), account);
  const plain = await browser.newContext({ javaScriptEnabled: false });
  await plain.addCookies(await signedIn.cookies());
  const page = await plain.newPage();
  await page.goto("/en/admin/profile");
  // Every server-action form names its page (HTML requires a non-empty action; React writes "" otherwise).
  const actions = await page.locator("form").evaluateAll((forms) => forms.map((form) => form.getAttribute("action")));
  expect(actions.length).toBeGreaterThanOrEqual(3);
  // Each names the form it comes from, except sign-out, which always redirects.
  for (const action of actions) expect(action).toMatch(/^\/en\/admin\/profile(#form|$)/);
  expect(actions.filter((action) => action!.includes("#form")).length).toBe(actions.length - 1);

  await page.getByLabel("Name").fill("Plain Form Renamed");
  await page.getByRole("button", { name: "Save name" }).click();
  // The browser lands on the form that was sent, its outcome in view.
  await expect(page).toHaveURL(/\/en\/admin\/profile#form/);
  await expect(page.getByRole("status").filter({ hasText: "Your name is now “Plain Form Renamed”." })).toHaveCount(1);
  await expect(page.locator(new URL(page.url()).hash).getByRole("status")).toContainText("Plain Form Renamed");
  expect(await dbRow(`SELECT "name" FROM "user" WHERE "email" = ?`, [account.email])).toEqual({ name: "Plain Form Renamed" });

  await page.getByRole("button", { name: "Sign out" }).click();
  // The sign-out form posts to the page without a fragment, which a redirect would carry over.
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  await page.goto("/en/admin/profile");
  await expect(page).toHaveURL(/\/en\/admin\/sign-in/);
  await Promise.all([adminContext.close(), signedIn.close(), plain.close()]);
});
