// Error codes are what crosses from server to client; the client turns a code
// into a translated message (messages/*.json, "errors.codes"). Exception text
// and stack traces stay in the server log.
export const errorCodes = [
  "NOT_FOUND",
  "CONFLICT",
  "FORBIDDEN",
  // 403s that name the role needed (issue 5): redigerare, ägare.
  "FORBIDDEN_EDITOR",
  "FORBIDDEN_OWNER",
  "TOO_LARGE",
  // JSON routes: a request from another site, or a body not sent as JSON.
  "FORBIDDEN_ORIGIN",
  "UNSUPPORTED_MEDIA_TYPE",
  "VALIDATION",
  "UNAUTHENTICATED",
  "EMAIL_TAKEN",
  "INVALID_CREDENTIALS",
  "RATE_LIMITED",
  "PDF_FAILED",
  "INTERNAL",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    options?: { cause?: unknown },
  ) {
    super(code, options);
    this.name = "AppError";
  }
}

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; fieldErrors?: FieldErrors };

export function failure(code: ErrorCode, fieldErrors?: FieldErrors): { ok: false; code: ErrorCode; fieldErrors?: FieldErrors } {
  return fieldErrors ? { ok: false, code, fieldErrors } : { ok: false, code };
}

// A role-specific 403 for a permission the caller's role lacks.
export function forbiddenCode(permission: "read" | "edit" | "manage"): ErrorCode {
  if (permission === "manage") return "FORBIDDEN_OWNER";
  if (permission === "edit") return "FORBIDDEN_EDITOR";
  return "FORBIDDEN";
}

// The one translation of a mutation's expected miss into what the client is
// told: a newer version, a role that may not, or (for anything the caller
// cannot see) not found.
export function missFailure(reason: "conflict" | "forbidden" | "not_found", permission: "read" | "edit" | "manage") {
  return failure(reason === "conflict" ? "CONFLICT" : reason === "forbidden" ? forbiddenCode(permission) : "NOT_FOUND");
}
