import "server-only";
import { APIError } from "better-auth/api";
import type { ErrorCode } from "@/lib/errors";

// Better Auth's error codes, as the codes our client translates; anything
// unexpected is logged and becomes INTERNAL.
export function codeForAuthError(error: unknown): ErrorCode {
  if (error instanceof APIError) {
    const code = typeof error.body?.code === "string" ? error.body.code : "";
    if (code.startsWith("USER_ALREADY_EXISTS")) return "EMAIL_TAKEN";
    if (code === "INVALID_EMAIL_OR_PASSWORD" || code === "INVALID_PASSWORD") return "INVALID_CREDENTIALS";
    if (code === "EMAIL_NOT_VERIFIED") return "EMAIL_NOT_VERIFIED";
    if (["INVALID_TOKEN", "TOKEN_EXPIRED", "USER_NOT_FOUND"].includes(code)) return "INVALID_LINK";
    if (error.statusCode === 429) return "RATE_LIMITED";
  }
  console.error("auth action failed", error);
  return "INTERNAL";
}
