import "server-only";
import { appOrigin, getEnv, type Env } from "@/lib/env";

// The origins users and tests open the app under: BETTER_AUTH_URL and both
// local spellings of the port. Better Auth's trustedOrigins and the JSON
// routes' Origin check use the same list.
export function ownOrigins(env: Env = getEnv()): string[] {
  return [...new Set([appOrigin(env), `http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`])];
}
