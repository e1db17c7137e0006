import { defineConfig, devices } from "@playwright/test";
import { catalogOverlayPath } from "./e2e/support/catalog-overlay";

const port = Number(process.env.E2E_PORT ?? 3100);

// Debian's Chromium: these machines cannot download Playwright's browsers.
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export default defineConfig({
  testDir: "e2e",
  // Run with their own servers: a mail-sending one (playwright.mail.config.ts)
  // and two instances behind nginx (playwright.cluster.config.ts).
  testIgnore: ["mail/**", "cluster/**"],
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    trace: "retain-on-failure",
    acceptDownloads: true,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${port}/sign-in`,
    // KRAVLOTS_TEST_ROUTES enables the test-only action route used by
    // e2e/access.spec.ts; short auth limits let that suite see a limit trip
    // and recover without slowing the other specs (one IP for all of them).
    env: {
      PORT: String(port),
      KRAVLOTS_TEST_ROUTES: "1",
      KRAVLOTS_CATALOG_OVERLAY: catalogOverlayPath,
      AUTH_RATE_LIMIT_IP: "1000",
      AUTH_RATE_LIMIT_ACCOUNT: "4",
      AUTH_RATE_LIMIT_WINDOW_SECONDS: "8",
      // The access suite writes hundreds of times a minute as one user; the
      // write limit itself is tested in lib/security/write-limit.test.ts.
      WRITE_RATE_LIMIT_PER_MINUTE: "1000000",
      KRAVLOTS_OPERATOR_NAME: "Exempla kommun",
      KRAVLOTS_OPERATOR_EMAIL: "kravlots@exempla.example",
    },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
