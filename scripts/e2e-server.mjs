// Starts the built app for Playwright on a fresh SQLite file: delete, migrate
// with the real `prisma migrate deploy`, then the production server (server.mjs). Playwright stops
// this process; the signal is passed on so no server outlives the run.
// With E2E_DATABASE_URL=postgresql://… (playwright.pg.config.ts) it serves
// that database instead, which the caller has created and migrated.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const port = process.env.PORT ?? "3100";

// The access suite needs the test-only action route, which only a test build
// contains (next.config.ts pageExtensions).
const routes = JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8"));
if (!Object.keys(routes).some((route) => route.startsWith("/api/test/actions"))) {
  console.error(
    "e2e-server: this build has no test route; build with KRAVLOTS_TEST_BUILD=1 npx next build (npm run test:e2e does)",
  );
  process.exit(1);
}
const postgresUrl = /^postgres(ql)?:/.test(process.env.E2E_DATABASE_URL ?? "") ? process.env.E2E_DATABASE_URL : null;
// E2E_DB_FILE lets the fuzz pass (scripts/fuzz.mjs) run beside the e2e suite.
const dbFile = process.env.E2E_DB_FILE ?? "data/e2e.db";
if (!postgresUrl) {
  mkdirSync("data", { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
}

const env = {
  ...process.env,
  DATABASE_URL: postgresUrl ?? `file:./${dbFile}`,
  BETTER_AUTH_URL: `http://localhost:${port}`,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "e2e-only-secret-that-is-long-enough-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
};

if (!postgresUrl) execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "inherit" });

const server = spawn(process.execPath, ["server.mjs", "-p", port], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
