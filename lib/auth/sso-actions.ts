"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { authLimits, clientIp } from "@/lib/auth/rate-limit";
import { ssoProviderId, ssoSettings } from "@/lib/auth/sso";
import { getEnv } from "@/lib/env";
import { failure, type ActionResult } from "@/lib/errors";
import { requestLog } from "@/lib/log";

// "Logga in med organisationens konto": asks Better Auth for the provider's
// authorisation URL (with state, PKCE and nonce kept in a signed cookie) and
// sends the browser there. The provider returns it to /api/auth/callback/oidc,
// which creates or links the account (lib/auth/auth.ts) and then goes on to
// /drafts, or back to /sign-in?error=… when the sign-in was refused.
export async function signInWithSsoAction(): Promise<ActionResult> {
  if (!ssoSettings(getEnv())) return failure("NOT_FOUND");
  const requestHeaders = await headers();
  const ip = clientIp(requestHeaders);
  const limit = await authLimits().sso.attempt(ip, ip);
  if (!limit.allowed) return failure("RATE_LIMITED");
  let url: string | undefined;
  try {
    const result = await getAuth().api.signInSocial({
      body: { provider: ssoProviderId, callbackURL: "/drafts", errorCallbackURL: "/sign-in" },
      headers: requestHeaders,
    });
    url = result.url;
  } catch (error) {
    // Most often the provider's discovery document could not be read.
    (await requestLog()).error({ err: error }, "sso sign-in could not start");
  }
  if (!url) return failure("SSO_UNAVAILABLE");
  redirect(url);
}
