import "server-only";
import { APIError } from "better-auth/api";
import type { ErrorCode } from "@/lib/errors";
import { requestLog } from "@/lib/log";

// Better Auth's refusal as status and code, or null for anything else.
// Recognised by shape as well: the bundled server can hold a second copy of
// Better Auth's APIError class, and then instanceof misses a plain wrong
// password (found by npm run test:fuzz: INTERNAL instead of INVALID_CREDENTIALS).
export function authRefusal(error: unknown): { status: number; code: string } | null {
  const shaped = error instanceof APIError || (error && typeof error === "object" && "statusCode" in error);
  if (!shaped) return null;
  const { statusCode, body } = error as { statusCode: unknown; body?: { code?: unknown } };
  if (typeof statusCode !== "number") return null;
  return { status: statusCode, code: typeof body?.code === "string" ? body.code : "" };
}

// Better Auth's error codes, as the codes our client translates; anything
// unexpected is logged and becomes INTERNAL.
export function codeForAuthError(thrown: unknown): ErrorCode {
  const error = authRefusal(thrown);
  if (error) {
    const code = error.code;
    if (code.startsWith("USER_ALREADY_EXISTS")) return "EMAIL_TAKEN";
    if (code === "INVALID_EMAIL_OR_PASSWORD" || code === "INVALID_PASSWORD") return "INVALID_CREDENTIALS";
    if (code === "EMAIL_NOT_VERIFIED") return "EMAIL_NOT_VERIFIED";
    if (["INVALID_TOKEN", "TOKEN_EXPIRED", "USER_NOT_FOUND"].includes(code)) return "INVALID_LINK";
    if (error.status === 429) return "RATE_LIMITED";
  }
  void requestLog().then((log) => log.error({ err: thrown }, "auth action failed"));
  return "INTERNAL";
}
