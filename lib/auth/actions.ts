"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { signInSchema, signUpSchema, type SignInInput, type SignUpInput } from "@/lib/auth/schema";
import { failure, type ActionResult } from "@/lib/errors";
import { codeForAuthError } from "@/lib/auth/auth-errors";
import { fieldErrorsOf } from "@/lib/validation";
import { authLimits, clientIp } from "@/lib/auth/rate-limit";
import { recordAudit } from "@/lib/audit/mutations";
import { isEmailDomainAllowed, parseAllowedDomains } from "@/lib/auth/email-domains";
import { getEnv } from "@/lib/env";
import { requestLog } from "@/lib/log";

export async function signUpAction(input: SignUpInput): Promise<ActionResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));
  if (!isEmailDomainAllowed(parsed.data.email, parseAllowedDomains(getEnv().ALLOWED_EMAIL_DOMAINS))) {
    return failure("VALIDATION", { email: ["emailDomain"] });
  }
  const requestHeaders = await headers();
  const limit = await authLimits().signUp.attempt(clientIp(requestHeaders), parsed.data.email);
  if (!limit.allowed) return failure("RATE_LIMITED");
  let signedIn: boolean;
  try {
    const result = await getAuth().api.signUpEmail({ body: parsed.data, headers: requestHeaders });
    signedIn = Boolean(result.token);
  } catch (error) {
    const code = codeForAuthError(error);
    return code === "EMAIL_TAKEN" ? failure(code, { email: ["emailTaken"] }) : failure(code);
  }
  // With mail on there is no session until the address is confirmed; the
  // same page answers for an address that already had an account, so the
  // form does not tell who is registered.
  redirect(signedIn ? "/drafts" : "/verify-email");
}

export async function signInAction(input: SignInInput): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return failure("VALIDATION", fieldErrorsOf(parsed.error));
  const requestHeaders = await headers();
  const limits = authLimits().signIn;
  // Counted before the password is checked, so a locked account costs no hash.
  const limit = await limits.attempt(clientIp(requestHeaders), parsed.data.email);
  if (!limit.allowed) return failure("RATE_LIMITED");
  let secondStep = false;
  try {
    const result = await getAuth().api.signInEmail({ body: parsed.data, headers: requestHeaders });
    await limits.succeeded(parsed.data.email);
    // With two-factor on there is no session yet, only the plugin's signed
    // challenge cookie; the sign-in is audited once the code is accepted.
    if ("twoFactorRedirect" in result) secondStep = true;
    else
      await recordAudit({ action: "sign_in", actorId: result.user.id, targetType: "user", targetId: result.user.id });
  } catch (error) {
    return failure(codeForAuthError(error));
  }
  redirect(secondStep ? "/sign-in/two-factor" : "/drafts");
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
