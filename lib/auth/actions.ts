"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APIError } from "better-auth/api";
import { getAuth } from "@/lib/auth/auth";
import { signInSchema, signUpSchema, type SignInInput, type SignUpInput } from "@/lib/auth/schema";
import { failure, type ActionResult, type ErrorCode } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";
import { authLimits, clientIp } from "@/lib/auth/rate-limit";
import { recordAudit } from "@/lib/audit/mutations";
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

function codeForAuthError(thrown: unknown): ErrorCode {
  const error = asApiError(thrown);
  if (error) {
    const code = typeof error.body?.code === "string" ? error.body.code : "";
    if (code.startsWith("USER_ALREADY_EXISTS")) return "EMAIL_TAKEN";
    if (code === "INVALID_EMAIL_OR_PASSWORD") return "INVALID_CREDENTIALS";
    if (error.statusCode === 429) return "RATE_LIMITED";
  }
  void requestLog().then((log) => log.error({ err: thrown }, "auth action failed"));
  return "INTERNAL";
}

export async function signUpAction(input: SignUpInput): Promise<ActionResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));
  const requestHeaders = await headers();
  const limit = await authLimits().signUp.attempt(clientIp(requestHeaders), parsed.data.email);
  if (!limit.allowed) return failure("RATE_LIMITED");
  try {
    await getAuth().api.signUpEmail({ body: parsed.data, headers: requestHeaders });
  } catch (error) {
    const code = codeForAuthError(error);
    return code === "EMAIL_TAKEN" ? failure(code, { email: ["emailTaken"] }) : failure(code);
  }
  redirect("/drafts");
}

export async function signInAction(input: SignInInput): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));
  const requestHeaders = await headers();
  const limits = authLimits().signIn;
  // Counted before the password is checked, so a locked account costs no hash.
  const limit = await limits.attempt(clientIp(requestHeaders), parsed.data.email);
  if (!limit.allowed) return failure("RATE_LIMITED");
  try {
    const result = await getAuth().api.signInEmail({ body: parsed.data, headers: requestHeaders });
    await limits.succeeded(parsed.data.email);
    await recordAudit({ action: "sign_in", actorId: result.user.id, targetType: "user", targetId: result.user.id });
  } catch (error) {
    return failure(codeForAuthError(error));
  }
  redirect("/drafts");
}

export async function signOutAction(): Promise<void> {
  try {
    await getAuth().api.signOut({ headers: await headers() });
  } catch (error) {
    // A session that is already gone is the outcome the user asked for.
    (await requestLog()).warn({ err: error }, "sign-out failed");
  }
  redirect("/sign-in");
}
