import { afterEach, describe, expect, it, vi } from "vitest";
import { clientIp, createAuthLimiter, rateLimitConfig } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

describe("auth rate limiting", () => {
  afterEach(() => vi.useRealTimers());

  it("trips per account after the allowed attempts and recovers after the window", async () => {
    // A 3 s window: under load four database round trips may take over a second.
    const limiter = createAuthLimiter({ ipPoints: 100, accountPoints: 3, windowSeconds: 3 }, `t-${Math.random()}`);
    for (let i = 0; i < 3; i += 1) expect((await limiter.attempt("10.0.0.1", "a@kommun.se")).allowed).toBe(true);
    const blocked = await limiter.attempt("10.0.0.2", "A@Kommun.se");
    expect(blocked).toMatchObject({ allowed: false });
    // Another account from the same address is unaffected.
    expect((await limiter.attempt("10.0.0.1", "b@kommun.se")).allowed).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 3100));
    expect((await limiter.attempt("10.0.0.1", "a@kommun.se")).allowed).toBe(true);
  });

  it("trips per IP across accounts", async () => {
    const limiter = createAuthLimiter({ ipPoints: 2, accountPoints: 100, windowSeconds: 60 }, `t-${Math.random()}`);
    expect((await limiter.attempt("10.0.0.9", "x1@kommun.se")).allowed).toBe(true);
    expect((await limiter.attempt("10.0.0.9", "x2@kommun.se")).allowed).toBe(true);
    expect(await limiter.attempt("10.0.0.9", "x3@kommun.se")).toMatchObject({ allowed: false });
    expect((await limiter.attempt("10.0.0.10", "x3@kommun.se")).allowed).toBe(true);
  });

  it("clears an account's count after a successful sign-in", async () => {
    const limiter = createAuthLimiter({ ipPoints: 100, accountPoints: 2, windowSeconds: 60 }, `t-${Math.random()}`);
    await limiter.attempt("1.1.1.1", "c@kommun.se");
    await limiter.attempt("1.1.1.1", "c@kommun.se");
    await limiter.succeeded("c@kommun.se");
    expect((await limiter.attempt("1.1.1.1", "c@kommun.se")).allowed).toBe(true);
  });

  it("counts in the database, so two instances share one limit", async () => {
    const config = { ipPoints: 100, accountPoints: 3, windowSeconds: 60 };
    const prefix = `t-${Math.random()}`;
    // Two limiters with the same prefix stand for two app instances.
    const first = createAuthLimiter(config, prefix);
    const second = createAuthLimiter(config, prefix);
    expect((await first.attempt("10.0.1.1", "d@kommun.se")).allowed).toBe(true);
    expect((await second.attempt("10.0.1.2", "d@kommun.se")).allowed).toBe(true);
    expect((await first.attempt("10.0.1.3", "d@kommun.se")).allowed).toBe(true);
    expect(await second.attempt("10.0.1.4", "d@kommun.se")).toMatchObject({ allowed: false });
    const rows = await db.rateLimit.findMany({ where: { key: { startsWith: prefix } } });
    expect(rows.find((row) => row.key.endsWith("d@kommun.se"))?.points).toBe(4);
  });

  it("reads limits from the environment with safe defaults", () => {
    expect(rateLimitConfig({})).toEqual({ ipPoints: 30, accountPoints: 5, windowSeconds: 300 });
    expect(rateLimitConfig({ AUTH_RATE_LIMIT_ACCOUNT: "2", AUTH_RATE_LIMIT_WINDOW_SECONDS: "nope" })).toMatchObject({
      accountPoints: 2,
      windowSeconds: 300,
    });
  });

  it("takes the address the nearest proxy appended, not a client-chosen one", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 10.1.2.3" }))).toBe("10.1.2.3");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
