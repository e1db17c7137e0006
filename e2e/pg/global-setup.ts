import { spawn, type ChildProcess } from "node:child_process";
import { stopProcess } from "../../scripts/app-cluster.mjs";
import { freshPostgres } from "../../scripts/durability-pg.mjs";
import { startCluster, stopCluster } from "../../scripts/pg-test.mjs";
import base from "../../playwright.config";

// The access suite on PostgreSQL (playwright.pg.config.ts): a throwaway
// cluster, a fresh database migrated by the real runner, and one server of the
// test build started by the same script and with the same environment as the
// main config's webServer (which Playwright would start before this setup, so
// before the database exists). The database URL reaches the workers through
// the environment, for e2e/support/e2e-db.ts.
const webServer = base.webServer as Exclude<typeof base.webServer, unknown[] | undefined>;

async function waitForServer(url: string, child: ChildProcess, ms = 90_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`e2e-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`e2e-server did not answer ${url} within ${ms / 1000} s`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  // No durability is measured here: a cluster without fsync is faster.
  process.env.KRAVLOTS_PG_FAST ??= "1";
  const pg = await startCluster();
  let server: ChildProcess | null = null;
  try {
    const databaseUrl = await freshPostgres(pg.url);
    // Its own process group, so stopping it reaches the server (server.mjs) and its workers.
    server = spawn("node", ["scripts/e2e-server.mjs"], {
      env: { ...process.env, ...webServer.env, E2E_DATABASE_URL: databaseUrl },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    const signIn = new URL(webServer.url!);
    await waitForServer(signIn.href, server);
    // A server that fell back to the SQLite file would pass the suite without testing PostgreSQL.
    const health = (await (await fetch(new URL("/api/health", signIn))).json()) as { db?: string };
    if (health.db !== "postgres") throw new Error(`e2e-server serves ${health.db}, not postgres`);
    process.env.E2E_DATABASE_URL = databaseUrl;
  } catch (error) {
    await stopProcess(server);
    stopCluster(pg);
    throw error;
  }
  const started = server;
  return async () => {
    await stopProcess(started);
    stopCluster(pg);
  };
}
