import { describe, expect, it } from "vitest";
import { requestsBusy } from "@/lib/exports/request-load";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Holds the event loop as a flood of requests would, yielding briefly so the sampler's timer can fire.
async function busyFor(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const slice = performance.now() + 50;
    while (performance.now() < slice) {
      // spin
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe("requestsBusy", () => {
  it("is false while the event loop idles and true after a second of saturation", async () => {
    expect(requestsBusy()).toBe(false);
    await sleep(2100);
    expect(requestsBusy()).toBe(false);
    await busyFor(2100);
    expect(requestsBusy()).toBe(true);
    await sleep(2100);
    expect(requestsBusy()).toBe(false);
  }, 15_000);
});
