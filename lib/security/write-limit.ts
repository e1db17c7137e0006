import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { getEnv } from "@/lib/env";
import { failure } from "@/lib/errors";

// Per-user limit on every server action and route that writes (issue 10):
// one limiter keyed by user id, so one account cannot fill the database or
// the PDF pool however many tabs or scripts it runs. Deliberately in memory
// per server process, unlike the auth limits (lib/limits/mutations.ts): it
// guards each instance's own CPU and pool, and a database counter would add
// a write to every autosave. With N instances one account may write N times
// the limit, which is still bounded. Called at one point per action and
// route (after authentication), so it can later move into a shared
// safe-action wrapper unchanged.
export type WriteLimiter = {
  consume(userId: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;
};

export function createWriteLimiter(pointsPerMinute: number, prefix = "write"): WriteLimiter {
  const limiter = new RateLimiterMemory({ keyPrefix: prefix, points: pointsPerMinute, duration: 60 });
  return {
    async consume(userId) {
      try {
        await limiter.consume(userId);
        return { allowed: true };
      } catch (error) {
        if (error instanceof RateLimiterRes)
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
        throw error;
      }
    },
  };
}

const globalForWrites = globalThis as unknown as { kravlotsWriteLimiter?: WriteLimiter };

// null when the write may go ahead; otherwise the RATE_LIMITED failure to return.
export async function limitWrites(userId: string) {
  globalForWrites.kravlotsWriteLimiter ??= createWriteLimiter(getEnv().WRITE_RATE_LIMIT_PER_MINUTE);
  const verdict = await globalForWrites.kravlotsWriteLimiter.consume(userId);
  return verdict.allowed ? null : failure("RATE_LIMITED");
}
