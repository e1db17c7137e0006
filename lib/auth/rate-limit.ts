import "server-only";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { sharedLimiter } from "@/lib/limits/mutations";

// Sign-in and sign-up run as server actions, which bypass Better Auth's HTTP
// rate limiter, so they are limited here: per client IP and per account
// (e-mail). The counters live in the database (lib/limits/mutations.ts), so
// the limits hold across several app instances.
export type RateLimitConfig = { ipPoints: number; accountPoints: number; windowSeconds: number };

export function rateLimitConfig(env: Record<string, string | undefined> = process.env): RateLimitConfig {
  const num = (value: string | undefined, fallback: number) => {
    const parsed = Number(value);
    return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
  };
  return {
    ipPoints: num(env.AUTH_RATE_LIMIT_IP, 30),
    accountPoints: num(env.AUTH_RATE_LIMIT_ACCOUNT, 5),
    windowSeconds: num(env.AUTH_RATE_LIMIT_WINDOW_SECONDS, 300),
  };
}

export type AuthLimiter = {
  // Counts one attempt; false when the IP or the account is over its limit.
  attempt(ip: string, account: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;
  // A successful sign-in clears the account's failures (not the IP's).
  succeeded(account: string): Promise<void>;
};

export function createAuthLimiter(config: RateLimitConfig, prefix: string): AuthLimiter {
  const byIp = sharedLimiter({
    keyPrefix: `${prefix}-ip`,
    points: config.ipPoints,
    duration: config.windowSeconds,
  });
  const byAccount = sharedLimiter({
    keyPrefix: `${prefix}-acct`,
    points: config.accountPoints,
    duration: config.windowSeconds,
  });
  const consume = async (limiter: RateLimiterAbstract, key: string): Promise<number> => {
    try {
      await limiter.consume(key);
      return 0;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  };
  return {
    async attempt(ip, account) {
      const [ipWait, accountWait] = await Promise.all([consume(byIp, ip), consume(byAccount, account.toLowerCase())]);
      const wait = Math.max(ipWait, accountWait);
      return wait ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
    },
    async succeeded(account) {
      await byAccount.delete(account.toLowerCase());
    },
  };
}

type AuthLimits = Record<"signIn" | "signUp" | "verify" | "reset" | "twoFactor", AuthLimiter>;
const globalForLimits = globalThis as unknown as { kravlotsAuthLimits?: AuthLimits };

export function authLimits(): AuthLimits {
  const config = rateLimitConfig();
  globalForLimits.kravlotsAuthLimits ??= {
    signIn: createAuthLimiter(config, "sign-in"),
    signUp: createAuthLimiter(config, "sign-up"),
    // E-mail verification and password reset (requests and new passwords).
    verify: createAuthLimiter(config, "verify"),
    reset: createAuthLimiter(config, "reset"),
    // Two-factor codes: per IP and per sign-in challenge or account.
    twoFactor: createAuthLimiter(config, "two-factor"),
  };
  return globalForLimits.kravlotsAuthLimits;
}

// The address the nearest proxy saw. The right-most X-Forwarded-For entry is
// the one our own proxy appended; left-most entries are client-supplied.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  return headers.get("x-real-ip") ?? last ?? "unknown";
}
