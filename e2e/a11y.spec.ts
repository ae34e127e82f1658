import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

for (const locale of ["en", "ar"]) {
  for (const path of [
    "",
    "/page/2",
    "/reviews/drive",
    "/reviews/la-haine",
    "/genres",
    "/genres/drama",
    "/years",
    "/years/2010s",
    "/people/ryan-gosling",
    "/people/vincent-cassel",
    "/search",
    "/search?q=drive",
    "/search?q=nothing-matches-this",
  ]) {
    test(`axe finds no violations on /${locale}${path}`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    });
  }
}
