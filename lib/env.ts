import "server-only";
import { z } from "zod";

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .startsWith("file:", "DATABASE_URL must be a SQLite file: URL")
      .default("file:./data/kravlots.db"),
    BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
    BETTER_AUTH_URL: z.url().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
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
  })
  .refine((env) => env.NODE_ENV !== "production" || env.BETTER_AUTH_SECRET, {
    message: "BETTER_AUTH_SECRET is required in production (npm run setup writes one to .env.local)",
    path: ["BETTER_AUTH_SECRET"],
  });

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

// Parsed lazily so `next build` can collect routes without runtime secrets.
export function getEnv(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}

export function appOrigin(env: Env = getEnv()): string {
  return env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`;
}
