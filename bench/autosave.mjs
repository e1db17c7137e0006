// npm run bench:autosave — 100 connections saving the Start step of their own
// drafts through the autosave route of the built app on 127.0.0.1:3116, for a
// bounded time after a short warm-up. Prints throughput, latency percentiles
// and errors; writes bench-results/autosave.json.
import { mkdirSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import {
  ensureBuild,
  freshDatabase,
  host,
  percentile,
  seedDrafts,
  signUp,
  startServer,
  startValues,
  stopServer,
} from "../scripts/durability-server.mjs";

const port = Number(process.env.BENCH_PORT ?? 3116);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const file = "data/bench-autosave.db";

// One autocannon run: its connections open together, and under saturation
// Node may serve a new connection's first request only after many rounds of
// the connections already busy (seen with a bare node:http server too;
// docs/BENCHMARKS.md). That ramp is printed on its own;
// the measured window starts once every connection has had an answer and a
// warm-up has passed, and holds the requests sent and answered inside it.
function run(pool, cookie) {
  // A pool of drafts with their current versions. autocannon clears a
  // connection's context after every request when the list holds one
  // request, so the draft travels in the context of one request only: taken
  // from the pool in setupRequest, put back with its new version in
  // onResponse. Each draft is thus saved by one connection at a time, like a
  // tab autosaving its form; a draft whose save failed leaves the pool.
  const instance = autocannon({
    url: `http://${host}:${port}`,
    connections,
    pipelining: 1,
    // An upper bound only: the run is stopped when the window has passed.
    duration: 120,
    // An abandoned request still commits on the server and would leave the
    // draft with a stale version: wait long rather than time out.
    timeout: 60,
    requests: [
      {
        method: "PUT",
        setupRequest: (request, context) => {
          const draft = pool.shift();
          if (!draft) throw new Error("draft pool exhausted: too many failed saves");
          draft.count += 1;
          context.draft = draft;
          return {
            ...request,
            path: `/api/drafts/${draft.id}/start`,
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({
              baseVersion: draft.version,
              values: startValues(`Autosparad titel ${draft.count}`),
            }),
          };
        },
        onResponse: (status, body, context) => {
          if (status !== 200) return;
          context.draft.version = JSON.parse(body).data.version;
          pool.push(context.draft);
        },
      },
    ],
  });
  const started = performance.now();
  const answered = new Set();
  const window = { rampMs: 0, start: Infinity, end: Infinity };
  const latencies = [];
  const statuses = {};
  let errors = 0;
  instance.on("reqError", () => (errors += 1));
  instance.on("response", (client, status, _bytes, responseTime) => {
    const now = performance.now();
    if (!answered.has(client)) {
      answered.add(client);
      if (answered.size === connections) {
        window.rampMs = now - started;
        window.start = now + warmupSeconds * 1000;
        window.end = window.start + seconds * 1000;
      }
    }
    if (now > window.end) return instance.stop();
    if (status !== 200) errors += 1;
    if (now - responseTime < window.start) return;
    latencies.push(responseTime);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  return new Promise((resolve, reject) =>
    instance.then(() => {
      if (window.end === Infinity)
        return reject(new Error(`only ${answered.size} of ${connections} connections answered`));
      resolve({ window, latencies, statuses, errors });
    }, reject),
  );
}

// Every draft's first save is due a revision (an interactive transaction);
// done up front, 10 at a time, so the measured phase is the steady state of
// typing. Its own latency is printed, as it is the slow path.
async function firstSaveOfEach(pool, cookie) {
  const times = [];
  const queue = [...pool];
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (let draft = queue.shift(); draft; draft = queue.shift()) {
        const started = performance.now();
        const response = await fetch(`http://${host}:${port}/api/drafts/${draft.id}/start`, {
          method: "PUT",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ baseVersion: draft.version, values: startValues("Första sparningen") }),
        });
        const body = await response.json();
        if (!body.ok) throw new Error(`first save failed: ${response.status}`);
        draft.version = body.data.version;
        times.push(performance.now() - started);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return `${times.length} saves, p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms`;
}

ensureBuild();
freshDatabase(file);
const server = await startServer(port, file);
try {
  const { email, cookie } = await signUp(port);
  // Each draft's first save (which writes its first revision in a
  // transaction) and, in run(), a warm-up (JIT) happen before measuring, so
  // the figures are the steady state of typing, where revisions are
  // throttled (docs/ARCHITECTURE.md, "Saving").
  const drafts = seedDrafts(file, email, connections * 3);
  const pool = drafts.map((id) => ({ id, version: 1, count: 0 }));
  const firstSaves = await firstSaveOfEach(pool, cookie);
  console.log(`first save of each draft (writes its first revision in a transaction): ${firstSaves}`);
  const { window, latencies, statuses, errors } = await run(pool, cookie);
  latencies.sort((x, y) => x - y);
  const ok = statuses[200] ?? 0;
  const figures = {
    connections,
    savesPerSecond: Math.round(ok / seconds),
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
    p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    errors,
  };
  console.log(
    `ramp: all ${connections} connections had their first answer after ${(window.rampMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `autosave: ${ok} saves sent and answered in ${seconds} s with ${connections} connections (after ${warmupSeconds} s warm-up)`,
  );
  console.log(`  throughput ${figures.savesPerSecond} saves/s`);
  console.log(
    `  latency p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, p99 ${figures.p99Ms} ms, max ${latencies.at(-1)?.toFixed(1)} ms`,
  );
  console.log(`  errors ${errors} over the whole run; status codes in the window ${JSON.stringify(statuses)}`);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/autosave.json", `${JSON.stringify(figures)}\n`);
} finally {
  await stopServer(server);
}
