import { describe, expect, it } from "vitest";
import { createWriteLimiter } from "@/lib/security/write-limit";

describe("per-user write limit", () => {
  it("refuses a user's writes beyond the limit per minute and leaves other users alone", async () => {
    const limiter = createWriteLimiter(3, `t-${Math.random()}`);
    for (let i = 0; i < 3; i += 1) expect((await limiter.consume("user-a")).allowed).toBe(true);
    const refused = await limiter.consume("user-a");
    expect(refused.allowed).toBe(false);
    expect(!refused.allowed && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect((await limiter.consume("user-b")).allowed).toBe(true);
  });
});
