"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { codeForAuthError } from "@/lib/auth/auth-errors";
import { authLimits, clientIp } from "@/lib/auth/rate-limit";
import {
  forgotPasswordSchema,
  resetPasswordSchema,
  type ForgotPasswordInput,
  type ResetPasswordInput,
} from "@/lib/auth/schema";
import { failure, type ActionResult } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { fieldErrorsOf } from "@/lib/validation";

// Verification, forgotten password and reset: no session yet, so these do not
// go through serverAction; each is limited per IP and per address (or token)
// with the same limiter settings as sign-in (AUTH_RATE_LIMIT_*).

const maxTokenLength = 4096;

export async function verifyEmailAction(token: string): Promise<void> {
  if (typeof token !== "string" || token.length === 0 || token.length > maxTokenLength)
    redirect("/verify-email?failed=1");
  const requestHeaders = await headers();
  const limit = await authLimits().verify.attempt(clientIp(requestHeaders), token.slice(-32));
  if (!limit.allowed) redirect("/verify-email?failed=limited");
  let failed: string | null = null;
  try {
    await getAuth().api.verifyEmail({ query: { token }, headers: requestHeaders });
  } catch (error) {
    // Wrong, expired or foreign token; anything else is logged inside.
    failed = codeForAuthError(error) === "INTERNAL" ? "internal" : "1";
  }
  if (failed) redirect(`/verify-email?failed=${failed}`);
  const change = addressChange(token);
  if (change) {
    await recordAudit({ action: "email_changed", actorId: change.userId, targetType: "user", targetId: change.userId });
    redirect("/account");
  }
  // autoSignInAfterVerification has set the session cookie (nextCookies).
  redirect("/drafts");
}

// A link from changeEmailAction moves the account to a new address: its token
// (a JWT signed with BETTER_AUTH_SECRET) carries updateTo and userId. Read only
// after verifyEmail has checked the signature and made the change.
function addressChange(token: string): { userId: string } | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
      updateTo?: unknown;
      userId?: unknown;
    };
    return typeof payload.updateTo === "string" && typeof payload.userId === "string"
      ? { userId: payload.userId }
      : null;
  } catch {
    return null;
  }
}

export async function requestPasswordResetAction(input: ForgotPasswordInput): Promise<ActionResult> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));
  const requestHeaders = await headers();
  const limit = await authLimits().reset.attempt(clientIp(requestHeaders), parsed.data.email);
  if (!limit.allowed) return failure("RATE_LIMITED");
  try {
    // Answers the same whether or not the address has an account.
    await getAuth().api.requestPasswordReset({ body: { email: parsed.data.email }, headers: requestHeaders });
  } catch (error) {
    return failure(codeForAuthError(error));
  }
  redirect("/forgot-password?sent=1");
}

export async function resetPasswordAction(token: string, input: ResetPasswordInput): Promise<ActionResult> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));
  if (typeof token !== "string" || token.length === 0 || token.length > maxTokenLength) return failure("INVALID_LINK");
  const requestHeaders = await headers();
  const limit = await authLimits().reset.attempt(clientIp(requestHeaders), `token:${token}`);
  if (!limit.allowed) return failure("RATE_LIMITED");
  try {
    await getAuth().api.resetPassword({ body: { newPassword: parsed.data.password, token }, headers: requestHeaders });
  } catch (error) {
    return failure(codeForAuthError(error));
  }
  redirect("/sign-in?reset=1");
}
