import { describe, expect, it } from "vitest";
import { checkSsoUserInfo, signInMethodOf, ssoSettings, type SsoSettings } from "@/lib/auth/sso";
import type { Env } from "@/lib/env";

const env = (extra: Partial<Env>) => ({ ...extra }) as Env;
const oidc = { method: "oauth", oauth: { providerId: "oidc" } };

describe("SSO settings (OIDC_*)", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    expect(ssoSettings(env({}))).toBeNull();
    expect(ssoSettings(env({ OIDC_ISSUER: "https://idp.example", OIDC_CLIENT_ID: "kravlots" }))).toBeNull();
    expect(
      ssoSettings(
        env({
          OIDC_ISSUER: "https://idp.example/realms/kommun/",
          OIDC_CLIENT_ID: "kravlots",
          OIDC_CLIENT_SECRET: "hemligt",
          OIDC_ALLOWED_DOMAINS: "Kommun.se, region.se",
        }),
      ),
    ).toEqual({
      issuer: "https://idp.example/realms/kommun",
      clientId: "kravlots",
      clientSecret: "hemligt",
      allowedDomains: ["kommun.se", "region.se"],
      label: null,
    });
  });
});

describe("the SSO user gate", () => {
  const settings: SsoSettings = {
    issuer: "https://idp.example",
    clientId: "kravlots",
    clientSecret: "hemligt",
    allowedDomains: ["kommun.se"],
    label: null,
  };

  it("refuses an address outside OIDC_ALLOWED_DOMAINS from our provider", () => {
    expect(checkSsoUserInfo(settings, { user: { email: "a@grannkommun.se" }, source: oidc })).toEqual({
      error: "email_domain_not_allowed",
    });
    expect(checkSsoUserInfo(settings, { user: { email: null }, source: oidc })).toEqual({
      error: "email_domain_not_allowed",
    });
    expect(checkSsoUserInfo(settings, { user: { email: "a@it.kommun.se" }, source: oidc })).toBeUndefined();
  });

  it("leaves password sign-ups and an unrestricted provider alone", () => {
    expect(checkSsoUserInfo(settings, { user: { email: "a@annat.se" }, source: { method: "email" } })).toBeUndefined();
    const open = { ...settings, allowedDomains: [] };
    expect(checkSsoUserInfo(open, { user: { email: "a@annat.se" }, source: oidc })).toBeUndefined();
  });
});

describe("how a session was started", () => {
  it("is sso only from the OIDC callback or when replacing an SSO session", () => {
    expect(signInMethodOf({ path: "/callback/:id" })).toBe("sso");
    expect(signInMethodOf({ path: "/sign-in/email" })).toBe("password");
    expect(signInMethodOf({ path: "/two-factor/verify-totp" })).toBe("password");
    expect(signInMethodOf(null)).toBe("password");
    expect(
      signInMethodOf({ path: "/two-factor/enable", context: { session: { session: { signInMethod: "sso" } } } }),
    ).toBe("sso");
    expect(
      signInMethodOf({ path: "/two-factor/enable", context: { session: { session: { signInMethod: "password" } } } }),
    ).toBe("password");
  });
});
