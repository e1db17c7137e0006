import "server-only";
import { z } from "@/lib/zod";

const limit = (fallback: number) =>
  z.coerce.number().int("must be a whole number").min(1, "must be at least 1").default(fallback);

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // file: selects SQLite (the default), postgresql:// PostgreSQL (docs/DEPLOY.md).
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must be a SQLite file: URL or a postgresql:// URL")
      .default("file:./data/kravlots.db"),
    BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
    BETTER_AUTH_URL: z.url().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // Limits against one account filling the disk (README, "Configuration").
    WRITE_RATE_LIMIT_PER_MINUTE: limit(120),
    MAX_DRAFTS_PER_USER: limit(200),
    MAX_DRAFTS_PER_ORGANISATION: limit(2000),
    MAX_REQUIREMENTS_PER_DRAFT: limit(3000),
    MAX_ORGANISATIONS_PER_USER: limit(20),
    EXPORTS_KEPT_PER_DRAFT: limit(20),
    // Who runs this installation: named on the accessibility statement and the
    // privacy notice, which the law requires to give a contact.
    KRAVLOTS_OPERATOR_NAME: z.string().trim().min(1).optional(),
    KRAVLOTS_OPERATOR_EMAIL: z.email("KRAVLOTS_OPERATOR_EMAIL must be an e-mail address").optional(),
    // Outgoing mail (verification, password reset, invitations, notices).
    // Unset: verification is off and reset links go to the server log.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
      .optional(),
    SMTP_FROM: z.string().min(3).optional(),
    // Comma-separated domains allowed to register (e.g. "kommun.se,region.se").
    ALLOWED_EMAIL_DOMAINS: z.string().optional(),
    // Single sign-on through the organisation's OpenID provider (lib/auth/sso.ts).
    // Unset: no SSO button. Issuer, client id and secret come together.
    OIDC_ISSUER: z.url("OIDC_ISSUER must be the provider's issuer URL").optional(),
    OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    // Comma-separated domains whose addresses may sign in through SSO; unset: any.
    OIDC_ALLOWED_DOMAINS: z.string().optional(),
    // The button's text; default "Logga in med organisationens konto".
    OIDC_LABEL: z.string().trim().min(1).max(80).optional(),
  })
  .refine(
    (env) =>
      [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].every((value) => value === undefined) ||
      [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].every((value) => value !== undefined),
    { message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together", path: ["OIDC_ISSUER"] },
  )
  .refine((env) => env.NODE_ENV !== "production" || env.BETTER_AUTH_SECRET, {
    message: "BETTER_AUTH_SECRET is required in production (npm run setup writes one to .env.local)",
    path: ["BETTER_AUTH_SECRET"],
  });

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

// Tests that change a limit start over with a fresh parse.
export function resetEnvForTests(): void {
  cached = undefined;
}

// Parsed lazily so `next build` can collect routes without runtime secrets.
export function getEnv(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}

export type DatabaseEngine = "sqlite" | "postgres";

export function databaseEngine(env: Env = getEnv()): DatabaseEngine {
  return env.DATABASE_URL.startsWith("file:") ? "sqlite" : "postgres";
}

export function appOrigin(env: Env = getEnv()): string {
  return env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`;
}
