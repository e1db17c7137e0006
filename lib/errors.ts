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
  // Caps against one account filling the disk (lib/limits/data.ts).
  "TOO_MANY_DRAFTS",
  "TOO_MANY_REQUIREMENTS",
  "TOO_MANY_ORGANISATIONS",
  // A remiss round's caps: comments per reviewer, reviewers per round.
  "TOO_MANY_COMMENTS",
  // Account mail (issue 16): sign-in before the address is confirmed; a
  // verification or reset link that is wrong, used or expired.
  "EMAIL_NOT_VERIFIED",
  "INVALID_LINK",
  // The organisation requires two-factor and the member has not turned it on.
  "TWO_FACTOR_REQUIRED",
  // Single sign-on: the provider cannot be reached, or the organisation
  // requires it and the caller signed in with a password.
  "SSO_UNAVAILABLE",
  "SSO_REQUIRED",
  // Changing the address needs a mail to the new one (SMTP_URL unset).
  "MAIL_REQUIRED",
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
  { ok: true; data: T } | { ok: false; code: ErrorCode; fieldErrors?: FieldErrors };

export type Failure = Extract<ActionResult<never>, { ok: false }>;

// The one result shape of a mutation: data, or the expected miss that the
// action turns into a code (missFailure). A foreign id is "not_found".
export type Miss = "not_found" | "forbidden" | "conflict";
export type MutationResult<T = undefined, R extends Miss = Miss> = { ok: true; data: T } | { ok: false; reason: R };

export type Permission = "read" | "edit" | "manage";

export function failure(code: ErrorCode, fieldErrors?: FieldErrors): Failure {
  return fieldErrors ? { ok: false, code, fieldErrors } : { ok: false, code };
}

// A role-specific 403 for a permission the caller's role lacks.
export function forbiddenCode(permission: Permission): ErrorCode {
  if (permission === "manage") return "FORBIDDEN_OWNER";
  if (permission === "edit") return "FORBIDDEN_EDITOR";
  return "FORBIDDEN";
}

// The one translation of a mutation's expected miss into what the client is
// told: a newer version, a role that may not, or (for anything the caller
// cannot see) not found.
export function missFailure(reason: Miss, permission: Permission): Failure {
  return failure(reason === "conflict" ? "CONFLICT" : reason === "forbidden" ? forbiddenCode(permission) : "NOT_FOUND");
}
