// The configurations bench:autosave measures. Each start() brings up the
// servers with a fresh database, one signed-up user and seeded drafts, and
// returns the URL to load, the user's cookie, the drafts, the servers'
// process groups (for CPU) and stop().
import {
  ensureBuild,
  freshDatabase,
  host,
  seedDrafts,
  signUp,
  startServer,
  stopServer,
} from "../scripts/durability-server.mjs";

const port = Number(process.env.BENCH_PORT ?? 3116);

async function sqliteOne(draftCount) {
  ensureBuild();
  const file = "data/bench-autosave.db";
  freshDatabase(file);
  const server = await startServer(port, file);
  try {
    const { email, cookie } = await signUp(port);
    const drafts = seedDrafts(file, email, draftCount);
    return { target: `http://${host}:${port}`, cookie, drafts, pgids: [server.pid], stop: () => stopServer(server) };
  } catch (error) {
    await stopServer(server);
    throw error;
  }
}

export function configurations() {
  return [{ name: "sqlite-1", engine: "sqlite", instances: 1, start: sqliteOne }];
}
