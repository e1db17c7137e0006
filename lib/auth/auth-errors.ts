import "server-only";
import { APIError } from "better-auth/api";
import type { ErrorCode } from "@/lib/errors";
import { requestLog } from "@/lib/log";

// Recognised by shape as well: the bundled server can hold a second copy of
// Better Auth's APIError class, and then instanceof misses a plain wrong
// password (found by npm run test:fuzz: INTERNAL instead of INVALID_CREDENTIALS).
function asApiError(error: unknown): { statusCode: number; body?: { code?: unknown } } | null {
  if (error instanceof APIError) return error;
  if (error && typeof error === "object" && "statusCode" in error && typeof error.statusCode === "number") {
    return error as { statusCode: number; body?: { code?: unknown } };
  }
  return null;
}

// Better Auth's error codes, as the codes our client translates; anything
// unexpected is logged and becomes INTERNAL.
export function codeForAuthError(thrown: unknown): ErrorCode {
  const error = asApiError(thrown);
  if (error) {
    const code = typeof error.body?.code === "string" ? error.body.code : "";
    if (code.startsWith("USER_ALREADY_EXISTS")) return "EMAIL_TAKEN";
    if (code === "INVALID_EMAIL_OR_PASSWORD" || code === "INVALID_PASSWORD") return "INVALID_CREDENTIALS";
    if (code === "EMAIL_NOT_VERIFIED") return "EMAIL_NOT_VERIFIED";
    if (["INVALID_TOKEN", "TOKEN_EXPIRED", "USER_NOT_FOUND"].includes(code)) return "INVALID_LINK";
    if (error.statusCode === 429) return "RATE_LIMITED";
  }
  void requestLog().then((log) => log.error({ err: thrown }, "auth action failed"));
  return "INTERNAL";
}
