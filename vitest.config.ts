import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // "server-only" throws outside React Server Components; tests run the
      // same modules directly under Node.
      "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    // KRAVLOTS_FUZZ=1 (npm run test:fuzz) runs the property tests instead.
    include: process.env.KRAVLOTS_FUZZ
      ? ["{lib,components}/**/*.fuzz.{ts,tsx}"]
      : ["{lib,components,scripts}/**/*.test.{ts,tsx}"],
    setupFiles: ["./vitest.setup.ts"],
    // Not UTC, so code that forgets the time zone fails here rather than in Sweden.
    env: { TZ: "America/New_York" },
    testTimeout: process.env.KRAVLOTS_FUZZ ? 120_000 : 20_000,
  },
});
