// The load of bench/autosave.mjs: autocannon runs (closed loop, or open loop
// at a fixed offered rate), the first save of each draft, and the server CPU
// one save costs.
import autocannon from "autocannon";
import { percentile, startValues } from "../scripts/durability-server.mjs";
import { groupCpuMs } from "./cpu.mjs";

export const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
export const seconds = Number(process.env.BENCH_SECONDS ?? 15);
export const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);

// One autocannon run: its connections open together, and under saturation
// Node may serve a new connection's first request only after many rounds of
// the connections already busy (seen with a bare node:http server too;
// docs/BENCHMARKS.md). That ramp is printed on its own;
// the measured window starts once every connection has had an answer and a
// warm-up has passed, and holds the requests sent and answered inside it.
export function run(target, pool, jar) {
  // A pool of drafts with their current versions. autocannon clears a
  // connection's context after every request when the list holds one
  // request, so the draft travels in the context of one request only: taken
  // from the pool in setupRequest, put back with its new version in
  // onResponse. Each draft is thus saved by one connection at a time, like a
  // tab autosaving its form; a draft whose save failed leaves the pool.
  const instance = autocannon({
    url: target,
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
            headers: { "content-type": "application/json", cookie: jar.header },
            body: JSON.stringify({
              baseVersion: draft.version,
              values: startValues(`Autosparad titel ${draft.count}`),
            }),
          };
        },
        onResponse: (status, body, context, headers) => {
          jar.take(headers?.["set-cookie"]);
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
export async function firstSaveOfEach(target, pool, jar) {
  const times = [];
  const queue = [...pool];
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (let draft = queue.shift(); draft; draft = queue.shift()) {
        const started = performance.now();
        const response = await fetch(`${target}/api/drafts/${draft.id}/start`, {
          method: "PUT",
          headers: { "content-type": "application/json", cookie: jar.header },
          body: JSON.stringify({ baseVersion: draft.version, values: startValues("Första sparningen") }),
        });
        jar.take(response.headers.getSetCookie());
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

// Server CPU per save: sequential saves (one at a time, so nothing queues)
// against the drafts of the pool, CPU time of the servers' process groups
// before and after. Several instances: their CPU is summed.
export async function cpuPerSave(target, pool, jar, pgids, count = 400) {
  const save = async (draft) => {
    draft.count += 1;
    const response = await fetch(`${target}/api/drafts/${draft.id}/start`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: jar.header },
      body: JSON.stringify({ baseVersion: draft.version, values: startValues(`CPU-mätning ${draft.count}`) }),
    });
    jar.take(response.headers.getSetCookie());
    const body = await response.json();
    if (!body.ok) throw new Error(`save failed: ${response.status}`);
    draft.version = body.data.version;
  };
  for (let i = 0; i < 50; i++) await save(pool[i % pool.length]); // warm-up
  const cpu = () => pgids.reduce((sum, pgid) => sum + groupCpuMs(pgid), 0);
  const before = cpu();
  for (let i = 0; i < count; i++) await save(pool[i % pool.length]);
  return Math.round(((cpu() - before) / count) * 100) / 100;
}

export function summarise({ latencies, statuses, errors }) {
  latencies.sort((x, y) => x - y);
  const round = (value) => Math.round(value * 10) / 10;
  return {
    savesPerSecond: Math.round((statuses[200] ?? 0) / seconds),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? 0),
    errors,
    statuses,
  };
}
