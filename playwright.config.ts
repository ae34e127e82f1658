import { defineConfig } from "@playwright/test";
import { CHROMIUM_HELP, resolveChromium } from "./scripts/lib/chromium.cjs";

const port = Number(process.env.E2E_PORT || 3100);
const executablePath = resolveChromium();
if (executablePath === null) throw new Error(CHROMIUM_HELP);

// Run through `npm test`, which prepares a fresh database and a production
// build in .next-e2e first; the server here only serves them.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  // A stray test.only must not turn CI green with one test.
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  // One retry under CI only: a test that fails twice fails the run, and one
  // that passes on its retry is named "flaky" in npm test's last lines, to be
  // mended rather than ignored. Locally a failure shows at once.
  retries: process.env.CI ? 1 : 0,
  // Editor flows (several saves and page loads) run on two cores beside a second worker and the server.
  timeout: 60_000,
  reporter: "list",
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "en-US",
    extraHTTPHeaders: { "Accept-Language": "en" },
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // Reads the seeded site as readers and search engines see it, before any
    // other test creates, publishes or trashes a film.
    { name: "site", testMatch: /(site-crawl|feeds-spoilers|search)\.spec\.ts/, use: { browserName: "chromium" } },
    {
      name: "chromium",
      dependencies: ["site"],
      testIgnore: [/(site-crawl|feeds-spoilers|search|trash)\.spec\.ts/, /topology\//],
      use: { browserName: "chromium" },
    },
    // Emptying the trash deletes every trashed film: only after everything
    // else, and one test at a time (with --repeat-each 2, two copies side by
    // side emptied each other's trash).
    { name: "last", dependencies: ["chromium"], testMatch: /trash\.spec\.ts/, workers: 1, use: { browserName: "chromium" } },
  ],
  webServer: {
    command: "node scripts/serve.mjs",
    url: `http://localhost:${port}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-e2e",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      // The test runner plays the reverse proxy: each browser context sends
      // its own X-Forwarded-For (e2e/admin-fixtures.ts newClient), so specs
      // do not share one sign-in rate-limit bucket.
      MARQUEE_TRUSTED_PROXIES: "127.0.0.1,::1",
    },
  },
});
