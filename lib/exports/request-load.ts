import { performance, type EventLoopUtilization } from "node:perf_hooks";

// A long PDF renders on two threads (components/pdf/render.tsx), which on a
// small machine takes the core that requests otherwise have: with four
// exports rendering that way, save p99 under a saturating save load doubled
// (bench:pdf, docs/BENCHMARKS.md). So the export pool (pool.ts) lets a PDF use
// its second thread only while requests leave this process's event loop
// mostly idle, judged by its utilization over the last full second.
export const busyAbove = 0.5;
const windowMs = 1000;

// On globalThis, like the pool, so a module reload does not start a second sampler.
const key = Symbol.for("kravlots.requestLoad");
type Load = { at: EventLoopUtilization; utilization: number };
type Holder = typeof globalThis & { [key]?: Load };

export function requestsBusy(): boolean {
  const holder = globalThis as Holder;
  if (!holder[key]) {
    const load: Load = { at: performance.eventLoopUtilization(), utilization: 0 };
    holder[key] = load;
    setInterval(() => {
      const now = performance.eventLoopUtilization();
      load.utilization = performance.eventLoopUtilization(now, load.at).utilization;
      load.at = now;
    }, windowMs).unref();
  }
  return holder[key].utilization > busyAbove;
}
