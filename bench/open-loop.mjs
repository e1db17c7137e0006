// An open loop at a constant offered rate (as wrk2 does): request i is due at
// start + i / rate whatever the answers' pace, and its latency runs from that
// due time, so a server that falls behind pays for the whole queue (no
// coordinated omission). autocannon's `overallRate` is not this: it gives
// each connection a quota per second and resets all quotas on one tick, so at
// 200/s over 100 connections every second began with a burst of 200 requests,
// and p99 measured how long the server took to clear that burst.
// Up to `connections` keep-alive connections, as many as the closed loop.
import http from "node:http";
import { connections, seconds, warmupSeconds } from "./autosave-load.mjs";
import { startValues } from "../scripts/durability-server.mjs";

export async function openLoop(target, pool, jar, rate) {
  const url = new URL(target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const interval = 1000 / rate;
  const start = performance.now();
  const window = { rampMs: 0, start: start + warmupSeconds * 1000, end: start + (warmupSeconds + seconds) * 1000 };
  const latencies = [];
  const statuses = {};
  const inflight = new Set();
  let errors = 0;
  let sent = 0;

  const save = (due) =>
    new Promise((resolve) => {
      const draft = pool.shift();
      if (!draft) {
        errors += 1; // more saves in flight than drafts: the server is far behind
        return resolve();
      }
      draft.count += 1;
      const body = JSON.stringify({ baseVersion: draft.version, values: startValues(`Öppen last ${draft.count}`) });
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: `/api/drafts/${draft.id}/start`,
          method: "PUT",
          agent,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            cookie: jar.header,
          },
        },
        (response) => {
          const chunks = [];
          response.on("data", (chunk) => chunks.push(chunk));
          response.on("end", () => {
            const done = performance.now();
            jar.take(response.headers["set-cookie"]);
            if (due >= window.start) {
              latencies.push(done - due);
              statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
            }
            if (response.statusCode === 200) {
              draft.version = JSON.parse(Buffer.concat(chunks).toString()).data.version;
              pool.push(draft);
            } else errors += 1;
            resolve();
          });
        },
      );
      request.on("error", () => {
        errors += 1;
        resolve();
      });
      request.end(body);
    });

  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      for (let due = start + sent * interval; due <= now && due < window.end; due = start + sent * interval) {
        const pending = save(due);
        inflight.add(pending);
        void pending.then(() => inflight.delete(pending));
        sent += 1;
      }
      const next = start + sent * interval;
      if (next >= window.end) return resolve();
      setTimeout(tick, Math.max(0, next - performance.now()));
    };
    tick();
  });
  await Promise.all(inflight);
  agent.destroy();
  return { window, latencies, statuses, errors };
}
