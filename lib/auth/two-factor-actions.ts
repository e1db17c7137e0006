"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { renderSVG } from "uqr";
import { getAuth } from "@/lib/auth/auth";
import { authRefusal, codeForAuthError } from "@/lib/auth/auth-errors";
import { twoFactorChallengeCookie } from "@/lib/auth/two-factor";
import { authLimits, clientIp } from "@/lib/auth/rate-limit";
import { parseInput, serverAction } from "@/lib/auth/server-action";
import {
  totpCodePattern,
  twoFactorCodeSchema,
  twoFactorPasswordSchema,
  type TwoFactorSetup,
} from "@/lib/auth/two-factor-schema";
import { recordAudit } from "@/lib/audit/mutations";
import { failure, type ActionResult } from "@/lib/errors";

// Two-factor (TOTP) through Better Auth's twoFactor plugin, called in-process:
// its HTTP endpoints stay closed (lib/auth/http-surface.ts). Every code entry
// is limited per IP and per account or sign-in challenge, on top of the
// plugin's own five tries per challenge and ten per account. Turning it on or
// off replaces the session (the plugin issues a new cookie), so these actions
// do not revalidate: a re-render in the same request would still carry the
// old, deleted session and sign the user out. The client refreshes instead.

const wrongCode = () => failure("VALIDATION", { code: ["wrongCode"] });
const wrongPassword = () => failure("VALIDATION", { password: ["wrongPassword"] });

// The plugin's refusals of a code, whatever the factor.
function isWrongCode(error: unknown): boolean {
  const code = authRefusal(error)?.code;
  return code === "INVALID_CODE" || code === "INVALID_BACKUP_CODE";
}

// The plugin's 4xx refusals that are the caller's state, not a fault (no
// enrolment pending, already on).
function refusalStatus(error: unknown): number | null {
  const status = authRefusal(error)?.status;
  return status !== undefined && status >= 400 && status < 500 ? status : null;
}

// Step 1 of turning it on: the password again, then a new secret (not active
// until a first code confirms it) and the backup codes, shown once.
export async function startTwoFactorAction(input: unknown): Promise<ActionResult<TwoFactorSetup>> {
  return serverAction({}, async (user) => {
    const parsed = parseInput(twoFactorPasswordSchema, input);
    if (!parsed.ok) return parsed;
    const requestHeaders = await headers();
    const limit = await authLimits().signIn.attempt(clientIp(requestHeaders), user.email);
    if (!limit.allowed) return failure("RATE_LIMITED");
    let result: Awaited<ReturnType<ReturnType<typeof getAuth>["api"]["enableTwoFactor"]>>;
    try {
      result = await getAuth().api.enableTwoFactor({
        body: { password: parsed.data.password, method: "totp" },
        headers: requestHeaders,
      });
    } catch (error) {
      // Already on (a second tab): the page is stale, reloading shows the state.
      if ((error as { body?: { code?: unknown } } | null)?.body?.code === "TOTP_ALREADY_ENABLED")
        return failure("CONFLICT");
      const code = codeForAuthError(error);
      return code === "INVALID_CREDENTIALS" ? wrongPassword() : failure(code);
    }
    if (result.method !== "totp") return failure("INTERNAL");
    const uri = result.totpURI;
    const secret = new URL(uri).searchParams.get("secret") ?? "";
    return {
      ok: true,
      data: {
        qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(renderSVG(uri)).toString("base64")}`,
        secret: secret.replace(/(.{4})(?=.)/g, "$1 "),
        backupCodes: result.backupCodes,
      },
    };
  });
}

// Step 2: the first code from the app turns two-factor on.
export async function confirmTwoFactorAction(input: unknown): Promise<ActionResult> {
  return serverAction({}, async (user) => {
    const parsed = parseInput(twoFactorCodeSchema, input);
    if (!parsed.ok) return parsed;
    const requestHeaders = await headers();
    const limit = await authLimits().twoFactor.attempt(clientIp(requestHeaders), user.id);
    if (!limit.allowed) return failure("RATE_LIMITED");
    try {
      await getAuth().api.verifyTOTP({ body: { code: parsed.data.code }, headers: requestHeaders });
    } catch (error) {
      // No enrolment pending (never started, or ended in another tab): no code can be right.
      return isWrongCode(error) || refusalStatus(error) !== null ? wrongCode() : failure(codeForAuthError(error));
    }
    await authLimits().twoFactor.succeeded(user.id);
    await recordAudit({ action: "two_factor_enabled", actorId: user.id, targetType: "user", targetId: user.id });
    return { ok: true, data: undefined };
  });
}

export async function disableTwoFactorAction(input: unknown): Promise<ActionResult> {
  return serverAction({}, async (user) => {
    const parsed = parseInput(twoFactorPasswordSchema, input);
    if (!parsed.ok) return parsed;
    const requestHeaders = await headers();
    const limit = await authLimits().signIn.attempt(clientIp(requestHeaders), user.email);
    if (!limit.allowed) return failure("RATE_LIMITED");
    try {
      await getAuth().api.disableTwoFactor({ body: { password: parsed.data.password }, headers: requestHeaders });
    } catch (error) {
      const code = codeForAuthError(error);
      return code === "INVALID_CREDENTIALS" ? wrongPassword() : failure(code);
    }
    await recordAudit({ action: "two_factor_disabled", actorId: user.id, targetType: "user", targetId: user.id });
    return { ok: true, data: undefined };
  });
}

// Sign-in, after the password: a code from the app, or a backup code. No
// session yet; the plugin's signed challenge cookie names the user.
export async function verifySignInCodeAction(input: unknown): Promise<ActionResult> {
  const parsed = parseInput(twoFactorCodeSchema, input);
  if (!parsed.ok) return parsed;
  const challenge = await twoFactorChallengeCookie();
  if (!challenge) return failure("UNAUTHENTICATED");
  const requestHeaders = await headers();
  const limit = await authLimits().twoFactor.attempt(clientIp(requestHeaders), challenge);
  if (!limit.allowed) return failure("RATE_LIMITED");
  const { code } = parsed.data;
  const totp = totpCodePattern.test(code);
  let userId: string;
  try {
    const api = getAuth().api;
    const result = totp
      ? await api.verifyTOTP({ body: { code }, headers: requestHeaders })
      : await api.verifyBackupCode({ body: { code }, headers: requestHeaders });
    userId = result.user.id;
  } catch (error) {
    if (isWrongCode(error)) return wrongCode();
    // A challenge that is gone, used up or too old: start again with the password.
    const status = refusalStatus(error);
    if (status === null) return failure(codeForAuthError(error));
    return failure(status === 429 ? "RATE_LIMITED" : "UNAUTHENTICATED");
  }
  await recordAudit({
    action: "sign_in",
    actorId: userId,
    targetType: "user",
    targetId: userId,
    details: { secondFactor: totp ? "totp" : "backupCode" },
  });
  redirect("/drafts");
}
