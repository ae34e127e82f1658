// Which Chromium the end-to-end tests drive. One resolver for the test runner
// script and playwright.config.ts, so both agree and fail the same way.
// CommonJS so that Playwright's config loader and the ESM test script can both load it.
const fs = require("node:fs");

const CHROMIUM_HELP = [
  "No Chromium found for the end-to-end tests.",
  "Install one of:",
  "  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)",
  "  - or Playwright's own browser: npx playwright install chromium",
  "  - or point CHROMIUM_PATH at any Chromium or Chrome binary.",
].join("\n");

/**
 * CHROMIUM_PATH if set; else the system Chromium; else Playwright's own
 * browser (undefined lets Playwright pick it); null when there is none.
 */
function resolveChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return fs.existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  try {
    const { chromium } = require("@playwright/test");
    if (fs.existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no browser of its own installed.
  }
  return null;
}

module.exports = { CHROMIUM_HELP, resolveChromium };
