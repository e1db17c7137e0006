"use server";

import { headers } from "next/headers";
import { getAuth } from "@/lib/auth/auth";
import { accountLinks } from "@/lib/auth/account-mail";
import { codeForAuthError } from "@/lib/auth/auth-errors";
import { isEmailDomainAllowed, parseAllowedDomains } from "@/lib/auth/email-domains";
import { authLimits, clientIp } from "@/lib/auth/rate-limit";
import { parseInput, serverAction } from "@/lib/auth/server-action";
import { changeEmailSchema } from "@/lib/account/schema";
import { recordAudit } from "@/lib/audit/mutations";
import { appOrigin, getEnv } from "@/lib/env";
import { failure, type ActionResult } from "@/lib/errors";
import { sendAccountMail } from "@/lib/mail/send";

// Changing one's e-mail address (Mitt konto). Better Auth's changeEmail mails
// a verification link to the new address; the address changes only when that
// link is followed (verifyEmailAction). The old address is told at once, so a
// change the owner did not ask for is noticed before it takes effect. The
// answer is the same whether or not the new address already has an account.
export async function changeEmailAction(input: unknown): Promise<ActionResult> {
  return serverAction({}, async (user) => {
    const parsed = parseInput(changeEmailSchema, input);
    if (!parsed.ok) return parsed;
    const env = getEnv();
    if (!env.SMTP_URL) return failure("MAIL_REQUIRED");
    const { newEmail, password } = parsed.data;
    if (newEmail === user.email.toLowerCase()) return failure("VALIDATION", { newEmail: ["sameEmail"] });
    if (!isEmailDomainAllowed(newEmail, parseAllowedDomains(env.ALLOWED_EMAIL_DOMAINS)))
      return failure("VALIDATION", { newEmail: ["emailDomain"] });
    const requestHeaders = await headers();
    // Guessing the password here is limited like sign-in.
    const limit = await authLimits().signIn.attempt(clientIp(requestHeaders), user.email);
    if (!limit.allowed) return failure("RATE_LIMITED");
    const auth = getAuth();
    try {
      await auth.api.verifyPassword({ body: { password }, headers: requestHeaders });
    } catch {
      return failure("VALIDATION", { password: ["wrongPassword"] });
    }
    try {
      await auth.api.changeEmail({ body: { newEmail, callbackURL: "/account" }, headers: requestHeaders });
    } catch (error) {
      return failure(codeForAuthError(error));
    }
    await recordAudit({ action: "email_change_requested", actorId: user.id, targetType: "user", targetId: user.id });
    await sendAccountMail("emailChanged", user.email, {
      name: user.name,
      email: user.email,
      newEmail,
      link: accountLinks(appOrigin(env)).forgot(),
    });
    return { ok: true, data: undefined };
  });
}
