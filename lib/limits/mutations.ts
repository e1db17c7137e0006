import "server-only";
import { RateLimiterMemory, RateLimiterPrisma, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "@/lib/db";

export type LimiterOptions = { keyPrefix: string; points: number; duration: number };

// A rate limiter whose counters live in the database (model RateLimit), so a
// limit holds across every app instance behind a load balancer, not per
// process. Should the database refuse a counter write (a racing insert of the
// same key from another instance), the in-memory insurance limiter decides
// that one attempt instead of the request failing.
export function sharedLimiter(options: LimiterOptions): RateLimiterAbstract {
  return new RateLimiterPrisma({
    ...options,
    storeClient: db,
    // Prisma's accessor for model RateLimit.
    tableName: "rateLimit",
    insuranceLimiter: new RateLimiterMemory(options),
  });
}
