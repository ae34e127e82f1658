import { describe, expect, it, vi } from "vitest";
import { routing } from "@/i18n/routing";
import { localePath } from "@/i18n/paths";

// next-intl's navigation module imports Next's client router; stub just that import.
vi.mock("next/navigation", () => ({
  redirect: vi.fn(),
  permanentRedirect: vi.fn(),
  useRouter: vi.fn(),
  usePathname: vi.fn(),
}));

describe("localePath", () => {
  it("gives the same paths as next-intl's getPathname", async () => {
    const { getPathname } = await import("@/i18n/navigation");
    for (const locale of routing.locales) {
      for (const href of ["/", "/reviews/drive", "/reviews/la-haine", "/not-found"]) {
        expect(localePath(locale, href)).toBe(getPathname({ locale, href }));
      }
    }
  });
});
