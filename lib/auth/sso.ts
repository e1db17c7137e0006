import "server-only";
import { genericOAuth } from "better-auth/plugins";
import { isEmailDomainAllowed, parseAllowedDomains } from "@/lib/auth/email-domains";
import { ssoProviderId } from "@/lib/auth/http-surface";
import type { Env } from "@/lib/env";

// Single sign-on through the organisation's own OpenID provider (Entra ID,
// Keycloak, a federation's proxy), configured by environment. Better Auth's
// genericOAuth plugin registers it as a social provider: the browser is sent
// to the provider by signInWithSsoAction and comes back to
// /api/auth/callback/oidc, the only Better Auth route besides the session
// ones that a browser reaches (lib/auth/http-surface.ts).
export { ssoProviderId };

// How a session was started, stored on the session row (Session.signInMethod)
// so the organisation rule "members sign in with the organisation's account"
// can be checked per sign-in, not per user (lib/drafts/scope.ts).
export type SignInMethod = "password" | "sso";

export type SsoSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
  label: string | null;
};

export function ssoSettings(env: Env): SsoSettings | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: env.OIDC_ISSUER.replace(/\/+$/, ""),
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    allowedDomains: parseAllowedDomains(env.OIDC_ALLOWED_DOMAINS),
    label: env.OIDC_LABEL ?? null,
  };
}

export function ssoPlugins(settings: SsoSettings | null) {
  if (!settings) return [];
  return [
    genericOAuth({
      config: [
        {
          providerId: ssoProviderId,
          discoveryUrl: `${settings.issuer}/.well-known/openid-configuration`,
          clientId: settings.clientId,
          clientSecret: settings.clientSecret,
          scopes: ["openid", "email", "profile"],
          pkce: true,
          // The ID token is checked against the provider's published keys,
          // issuer and audience; a provider without them is not used at all.
          requireIdTokenVerification: true,
        },
      ],
    }),
  ];
}

type UserInfoCheck = {
  user: { email?: string | null };
  source?: { method?: string; oauth?: { providerId?: string } };
};

// Better Auth's user.validateUserInfo gate, run before an SSO user is created,
// linked or signed in: an address outside OIDC_ALLOWED_DOMAINS is refused and
// the browser is sent to the sign-in page with ?error=email_domain_not_allowed.
export function checkSsoUserInfo(settings: SsoSettings | null, data: UserInfoCheck): { error: string } | undefined {
  if (!settings || data.source?.method !== "oauth" || data.source.oauth?.providerId !== ssoProviderId) return undefined;
  const email = data.user.email ?? "";
  return isEmailDomainAllowed(email, settings.allowedDomains) ? undefined : { error: "email_domain_not_allowed" };
}

type EndpointContext = { path?: string; context?: { session?: { session?: Record<string, unknown> } | null } } | null;

// A session created by the OIDC callback is an SSO sign-in; a session the
// library replaces for a signed-in user (two-factor on or off) keeps the
// method of the one it replaces; everything else (password, with or without
// a TOTP code, sign-up, verification link) is a password sign-in.
export function signInMethodOf(ctx: EndpointContext): SignInMethod {
  if (ctx?.path?.startsWith("/callback/")) return "sso";
  return ctx?.context?.session?.session?.signInMethod === "sso" ? "sso" : "password";
}
