// npm run bench:autosave — 100 connections saving the Start step of their own
// drafts through the autosave route of the built app, per configuration
// (SQLite with one instance; PostgreSQL with one and with two instances
// behind nginx when those can run here): a closed loop for capacity, an open
// loop at a fixed offered rate for latency, and the server CPU per save.
// Prints every figure; writes bench-results/autosave.json (the top-level
// figures are SQLite with one instance's closed loop).
import { mkdirSync, writeFileSync } from "node:fs";
import { cookieJar } from "./cookie-jar.mjs";
import { connections, cpuPerSave, firstSaveOfEach, run, summarise } from "./autosave-load.mjs";
import { configurations } from "./autosave-setups.mjs";
import { openLoop } from "./open-loop.mjs";

const openLoopOffered = Number(process.env.BENCH_OPEN_LOOP_RATE ?? 200);
const only = process.env.BENCH_CONFIGS?.split(",");

const runs = [];
for (const config of configurations()) {
  if (only ? !only.includes(config.name) : config.baseline) continue;
  const setup = await config.start(connections * 3);
  if (!setup) {
    console.log(`${config.name}: skipped (${config.skipReason})`);
    continue;
  }
  try {
    const { target, cookie, drafts, pgids } = setup;
    const jar = cookieJar(cookie);
    const pool = drafts.map((id) => ({ id, version: 1, count: 0 }));
    console.log(`${config.name}: first save of each draft: ${await firstSaveOfEach(target, pool, jar)}`);
    const closed = summarise(await run(target, pool, jar));
    console.log(
      `${config.name}: closed loop ${closed.savesPerSecond} saves/s, p50 ${closed.p50Ms} ms, p95 ${closed.p95Ms} ms, p99 ${closed.p99Ms} ms, errors ${closed.errors}`,
    );
    const open = summarise(await openLoop(target, pool, jar, openLoopOffered));
    console.log(
      `${config.name}: open loop at ${openLoopOffered}/s offered: ${open.savesPerSecond} saves/s, p50 ${open.p50Ms} ms, p99 ${open.p99Ms} ms, errors ${open.errors}`,
    );
    const cpuMsPerSave = await cpuPerSave(target, pool, jar, pgids);
    console.log(`${config.name}: server CPU ${cpuMsPerSave} ms per save (sequential saves, /proc)`);
    if (!config.baseline)
      runs.push({
        engine: config.engine,
        instances: config.instances,
        savesPerSecond: closed.savesPerSecond,
        p50Ms: closed.p50Ms,
        p95Ms: closed.p95Ms,
        p99Ms: closed.p99Ms,
        errors: closed.errors + open.errors,
        openLoopOffered,
        openLoopP99Ms: open.p99Ms,
        cpuMsPerSave,
      });
  } finally {
    await setup.stop();
  }
}

const base = runs.find((r) => r.engine === "sqlite" && r.instances === 1) ?? runs[0];
const figures = {
  connections,
  savesPerSecond: base?.savesPerSecond ?? 0,
  p50Ms: base?.p50Ms ?? 0,
  p95Ms: base?.p95Ms ?? 0,
  p99Ms: base?.p99Ms ?? 0,
  errors: base?.errors ?? 0,
  // Exactly the keys issue 15 names for each run.
  runs: runs.map((r) => ({
    engine: r.engine,
    instances: r.instances,
    savesPerSecond: r.savesPerSecond,
    p99Ms: r.p99Ms,
    errors: r.errors,
    openLoopOffered: r.openLoopOffered,
    openLoopP99Ms: r.openLoopP99Ms,
    cpuMsPerSave: r.cpuMsPerSave,
  })),
};
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/autosave.json", `${JSON.stringify(figures)}\n`);
console.log(JSON.stringify(figures));
