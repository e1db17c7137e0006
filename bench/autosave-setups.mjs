// The configurations bench:autosave measures. Each start() brings up the
// servers with a fresh database, one signed-up user and seeded drafts, and
// returns the URL to load, the user's cookie, the drafts, the servers'
// process groups (for CPU) and stop(). PostgreSQL runs in a throwaway
// cluster with fsync on (scripts/pg-test.mjs), as a deployment would.
import { nginxBinary, startAppCluster } from "../scripts/app-cluster.mjs";
import { freshPostgres, seedDraftsPostgres } from "../scripts/durability-pg.mjs";
import {
  ensureBuild,
  freshDatabase,
  host,
  seedDrafts,
  signUp,
  startServer,
  stopServer,
} from "../scripts/durability-server.mjs";
import { startCluster, stopCluster } from "../scripts/pg-test.mjs";

const port = Number(process.env.BENCH_PORT ?? 3116);

async function withCleanup(stop, work) {
  try {
    return await work();
  } catch (error) {
    await stop();
    throw error;
  }
}

async function sqliteOne(draftCount, options) {
  ensureBuild();
  const file = "data/bench-autosave.db";
  freshDatabase(file);
  const server = await startServer(port, file, options);
  const stop = () => stopServer(server);
  return withCleanup(stop, async () => {
    const { email, cookie } = await signUp(port);
    const drafts = seedDrafts(file, email, draftCount);
    return { target: `http://${host}:${port}`, cookie, drafts, pgids: [server.pid], stop };
  });
}

async function postgresOne(draftCount) {
  ensureBuild();
  const pg = await startCluster();
  let server = null;
  const stop = async () => {
    if (server) await stopServer(server);
    stopCluster(pg);
  };
  return withCleanup(stop, async () => {
    const url = await freshPostgres(pg.url);
    server = await startServer(port, url);
    const { email, cookie } = await signUp(port);
    const drafts = await seedDraftsPostgres(url, email, draftCount);
    return { target: `http://${host}:${port}`, cookie, drafts, pgids: [server.pid], stop };
  });
}

async function postgresTwo(draftCount) {
  ensureBuild();
  const pg = await startCluster();
  let app = null;
  const stop = async () => {
    await app?.stop();
    stopCluster(pg);
  };
  return withCleanup(stop, async () => {
    const url = await freshPostgres(pg.url);
    app = await startAppCluster({
      ports: [port + 1, port + 2],
      lbPort: port,
      env: { DATABASE_URL: url, WRITE_RATE_LIMIT_PER_MINUTE: "1000000" },
    });
    const { email, cookie } = await signUp(port);
    const drafts = await seedDraftsPostgres(url, email, draftCount);
    const pgids = app.instances.map((instance) => instance.child.pid);
    return { target: app.origin, cookie, drafts, pgids, stop };
  });
}

export function configurations() {
  return [
    { name: "sqlite-1", engine: "sqlite", instances: 1, start: sqliteOne },
    // A same-run baseline, run only when named: Next's own `next start`
    // instead of server.mjs (saves through Next's router). Printed, not in the JSON.
    {
      name: "sqlite-1-next",
      engine: "sqlite",
      instances: 1,
      baseline: true,
      start: (draftCount) => sqliteOne(draftCount, { nextStart: true }),
    },
    { name: "postgres-1", engine: "postgres", instances: 1, start: postgresOne },
    {
      name: "postgres-2",
      engine: "postgres",
      instances: 2,
      start: nginxBinary() ? postgresTwo : () => null,
      skipReason: "nginx is not installed (apt-get install -y nginx-light)",
    },
  ];
}
