// Error codes are what crosses from server to client; the client turns a code
// into a translated message (messages/*.json, "errors.codes"). Exception text
// and stack traces stay in the server log.
export const errorCodes = [
  "NOT_FOUND",
  "CONFLICT",
  "FORBIDDEN",
  "TOO_LARGE",
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
