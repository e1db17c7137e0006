import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db";
import { appOrigin, getEnv } from "@/lib/env";
import { passwordRules } from "@/lib/auth/schema";

function createAuth() {
  const env = getEnv();
  const origin = appOrigin(env);
  return betterAuth({
    database: prismaAdapter(db, { provider: "sqlite" }),
    secret: env.BETTER_AUTH_SECRET,
    baseURL: origin,
    // Local origins that reach the same server (tests use both spellings).
    trustedOrigins: [origin, `http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`],
    emailAndPassword: {
      enabled: true,
      minPasswordLength: passwordRules.min,
      maxPasswordLength: passwordRules.max,
      autoSignIn: true,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
    },
    telemetry: { enabled: false },
    // nextCookies must be last: it writes Set-Cookie from server actions.
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { kravlotsAuth?: Auth };

// Built on first use so `next build` never needs the runtime secret.
export function getAuth(): Auth {
  globalForAuth.kravlotsAuth ??= createAuth();
  return globalForAuth.kravlotsAuth;
}
