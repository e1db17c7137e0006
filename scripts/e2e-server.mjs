// Starts the built app for Playwright on a fresh SQLite file: delete, migrate
// with the real `prisma migrate deploy`, then `next start`. Playwright stops
// this process; the signal is passed on so no server outlives the run.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

const port = process.env.PORT ?? "3100";
const dbFile = "data/e2e.db";
mkdirSync("data", { recursive: true });
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });

const env = {
  ...process.env,
  DATABASE_URL: `file:./${dbFile}`,
  BETTER_AUTH_URL: `http://localhost:${port}`,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "e2e-only-secret-that-is-long-enough-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
};

execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { env, stdio: "inherit" });

const server = spawn("node_modules/.bin/next", ["start", "-p", port], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
