// npm run test:durability — concurrent autosaves against the built app on
// 127.0.0.1:3117, SIGKILL of the server in the middle of the load, restart,
// then: every save the server acknowledged must still be there, and SQLite's
// integrity_check must say "ok". Bounded: ~6 s of load, the whole run well
// under 60 s. Writes bench-results/durability.json; exits 1 on any loss.
// With --postgres (npm run test:durability:pg, inside scripts/pg-test.mjs) the
// same on a fresh PostgreSQL database, checked with amcheck instead, written
// to bench-results/durability-postgres.json.
import { mkdirSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import {
  ensureBuild,
  freshDatabase,
  host,
  seedDrafts,
  signUp,
  startServer,
  startValues,
  stopServer,
} from "./durability-server.mjs";
import { checkPostgres, freshPostgres, seedDraftsPostgres } from "./durability-pg.mjs";

const port = Number(process.env.DURABILITY_PORT ?? 3117);
const writers = 50;
const loadMs = 6000;
const postgres = process.argv.includes("--postgres");
if (postgres && !process.env.KRAVLOTS_PG_URL) throw new Error("--postgres runs inside scripts/pg-test.mjs run -- …");
const started = Date.now();
const hardLimit = setTimeout(() => {
  console.error("durability: gave up after 60 s");
  process.exit(1);
}, 60_000);

ensureBuild();
// A file path (SQLite) or a postgresql:// URL: what startServer passes on.
let database = "data/durability.db";
if (postgres) database = await freshPostgres(process.env.KRAVLOTS_PG_URL);
else freshDatabase(database);
let server = await startServer(port, database);
const { email, cookie } = await signUp(port);
const drafts = postgres ? await seedDraftsPostgres(database, email, writers) : seedDrafts(database, email, writers);

// Per draft: the last acknowledged save, and the one in flight (if any) when
// the server died — that one may or may not have committed.
const state = new Map(drafts.map((id) => [id, { version: 1, title: "", inFlight: null }]));
let acknowledged = 0;
let killed = false;

async function writer(draftId) {
  const entry = state.get(draftId);
  for (let n = 1; !killed; n++) {
    const title = `${draftId}-spar-${n}`;
    entry.inFlight = title;
    try {
      const response = await fetch(`http://${host}:${port}/api/drafts/${draftId}/start`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ baseVersion: entry.version, values: startValues(title) }),
      });
      const body = await response.json();
      if (response.status !== 200 || !body.ok) throw new Error(`unexpected answer ${response.status} ${body.code}`);
      entry.version = body.data.version;
      entry.title = title;
      entry.inFlight = null;
      acknowledged += 1;
    } catch (error) {
      if (!killed) throw error;
      return;
    }
  }
}

const load = Promise.all(drafts.map(writer));
await new Promise((resolve) => setTimeout(resolve, loadMs));
killed = true;
await stopServer(server, "SIGKILL");
await load;
console.log(`durability: server killed with SIGKILL after ${acknowledged} acknowledged saves`);

server = await startServer(port, database);
let lost = 0;
try {
  for (const [draftId, entry] of state) {
    const response = await fetch(`http://${host}:${port}/api/drafts/${draftId}/start`, { headers: { cookie } });
    const body = await response.json();
    const { version, values } = body.data ?? {};
    const kept = version === entry.version && values.title === entry.title;
    const inFlightCommitted = entry.inFlight && version === entry.version + 1 && values.title === entry.inFlight;
    if (!body.ok || !(kept || inFlightCommitted)) {
      lost += 1;
      console.error(
        `lost: draft ${draftId} acknowledged v${entry.version} "${entry.title}", found v${version} "${values?.title}"`,
      );
    }
  }
} finally {
  await stopServer(server);
}

function checkSqlite(file) {
  const sqlite = new Database(file, { readonly: true });
  const integrity = sqlite.pragma("integrity_check", { simple: true });
  const revisions = sqlite.prepare("SELECT COUNT(*) AS n FROM DraftRevision").get().n;
  sqlite.close();
  return { integrity, revisions };
}
const { integrity, revisions } = postgres ? await checkPostgres(database) : checkSqlite(database);
const integrityOk = integrity === "ok";

const result = { engine: postgres ? "postgres" : "sqlite", acknowledged, lost, integrityOk };
mkdirSync("bench-results", { recursive: true });
writeFileSync(`bench-results/durability${postgres ? "-postgres" : ""}.json`, `${JSON.stringify(result)}\n`);
console.log(
  `durability (${result.engine}): ${acknowledged} acknowledged saves checked on ${writers} drafts, ${lost} lost, ${postgres ? "amcheck" : "integrity_check"} ${integrity}, ${revisions} revisions, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
clearTimeout(hardLimit);
process.exit(lost === 0 && integrityOk && acknowledged > 0 ? 0 : 1);
