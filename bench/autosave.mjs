// npm run bench:autosave — 100 connections saving the Start step of their own
// drafts through the autosave route of the built app on 127.0.0.1:3116, for a
// bounded time after a short warm-up. Prints throughput, latency percentiles
// and errors; writes bench-results/autosave.json.
import { mkdirSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import { ensureBuild, freshDatabase, host, percentile, seedDrafts, signUp, startServer, startValues, stopServer } from "../scripts/durability-server.mjs";

const port = Number(process.env.BENCH_PORT ?? 3116);
const connections = 100;
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const file = "data/bench-autosave.db";

function run(drafts, cookie, duration, latencies) {
  let next = 0;
  const instance = autocannon({
    url: `http://${host}:${port}`,
    connections,
    pipelining: 1,
    duration,
    // An abandoned request still commits on the server and would leave the
    // connection with a stale version: wait long rather than time out.
    timeout: 60,
    requests: [
      {
        method: "PUT",
        // One draft per connection, its version carried from the last answer,
        // as one browser tab autosaving one form.
        setupRequest: (request, context) => {
          context.draftId ??= drafts[next++ % drafts.length];
          context.version ??= 1;
          context.count = (context.count ?? 0) + 1;
          return {
            ...request,
            path: `/api/drafts/${context.draftId}/start`,
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({ baseVersion: context.version, values: startValues(`Autosparad titel ${context.count}`) }),
          };
        },
        onResponse: (status, body, context) => {
          if (status === 200) context.version = JSON.parse(body).data.version;
          else {
            // Counted as an error; the connection moves on to an untouched
            // draft so one failure does not turn into a run of conflicts.
            context.draftId = drafts[next++ % drafts.length];
            context.version = 1;
          }
        },
      },
    ],
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies?.push(responseTime));
  return new Promise((resolve, reject) => instance.then(resolve, reject));
}

ensureBuild();
freshDatabase(file);
const server = await startServer(port, file);
try {
  const { email, cookie } = await signUp(port);
  const warmDrafts = seedDrafts(file, email, connections * 2);
  await run(warmDrafts, cookie, 3);
  const drafts = seedDrafts(file, email, connections * 3);
  const latencies = [];
  const result = await run(drafts, cookie, seconds, latencies);
  latencies.sort((a, b) => a - b);
  const ok = result["2xx"];
  const figures = {
    connections,
    savesPerSecond: Math.round(ok / result.duration),
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
    p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    errors: result.errors + result.timeouts + result.non2xx,
  };
  console.log(`autosave: ${ok} saves in ${result.duration.toFixed(1)} s with ${connections} connections`);
  console.log(`  throughput ${figures.savesPerSecond} saves/s`);
  console.log(`  latency p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, p99 ${figures.p99Ms} ms, max ${latencies.at(-1)} ms`);
  console.log(`  errors ${figures.errors} (socket ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/autosave.json", `${JSON.stringify(figures)}\n`);
} finally {
  await stopServer(server);
}
