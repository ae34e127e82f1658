import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    exclude: ["e2e/**", "node_modules/**"],
    environment: "node",
    globalSetup: ["tests/postgres-setup.ts"],
    testTimeout: 60_000,
    // A stray it.only must not turn CI green with one test.
    allowOnly: !process.env.CI,
    // next-intl imports "next/navigation" without an extension, which only a
    // bundler resolves; let Vite process it.
    server: { deps: { inline: ["next-intl"] } },
  },
});
