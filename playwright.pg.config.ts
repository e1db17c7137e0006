import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The access suite (e2e/access.spec.ts) on PostgreSQL (issue 15): one
// The production server (server.mjs) of the test build on a throwaway cluster, both started by
// e2e/pg/global-setup.ts and stopped after the run:
//   npx playwright test -c playwright.pg.config.ts
export default defineConfig({
  ...base,
  testMatch: "access.spec.ts",
  globalSetup: "./e2e/pg/global-setup.ts",
  webServer: undefined,
});
