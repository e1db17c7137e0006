import { defineConfig } from "@playwright/test";
import base from "./playwright.config";
import { clusterOrigin } from "./e2e/cluster/ports";

// The two-instance test (issue 15): two `next start` processes of the one
// build behind nginx, on one PostgreSQL database, all started by
// e2e/cluster/global-setup.ts and stopped after the run:
//   npx playwright test -c playwright.cluster.config.ts
export default defineConfig({
  ...base,
  testDir: "e2e/cluster",
  testIgnore: [],
  globalSetup: "./e2e/cluster/global-setup.ts",
  use: { ...base.use, baseURL: clusterOrigin },
  webServer: undefined,
});
