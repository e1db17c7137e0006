import { describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { authEndpoints, authHttpAllowlist, concreteAuthPath, isAllowedAuthRequest } from "@/lib/auth/http-surface";

describe("the auth HTTP surface", () => {
  const endpoints = authEndpoints(getAuth().api);
  const keys = endpoints.map((e) => `${e.method} ${e.path}`);

  it("enumerates the router from the auth instance, plugins included", () => {
    expect(endpoints.length).toBeGreaterThan(40);
    for (const key of [
      "POST /sign-up/email",
      "POST /sign-in/email",
      "POST /organization/delete",
      "POST /organization/update-member-role",
    ]) {
      expect(keys).toContain(key);
    }
  });

  it("lets only the allowlist through, and every allowlisted entry is a real endpoint", () => {
    for (const entry of authHttpAllowlist) expect(keys).toContain(entry);
    const reachable = endpoints
      .filter((e) => isAllowedAuthRequest(e.method, `/api/auth${concreteAuthPath(e.path)}`))
      .map((e) => `${e.method} ${e.path}`);
    expect(reachable.sort()).toEqual([...authHttpAllowlist].sort());
  });

  it("refuses other spellings of an allowed path and paths outside the base", () => {
    expect(isAllowedAuthRequest("GET", "/api/auth/get-session")).toBe(true);
    expect(isAllowedAuthRequest("GET", "/api/auth/callback/oidc")).toBe(true);
    for (const [method, path] of [
      ["POST", "/api/auth/get-session"],
      ["GET", "/api/auth/get-session/"],
      ["GET", "/api/auth//get-session"],
      ["GET", "/api/auth/get%2Dsession"],
      ["GET", "/api/authget-session"],
      ["POST", "/api/auth/organization/delete"],
      ["POST", "/api/auth/sign-up/email"],
      // The callback only for our own OpenID provider, only as GET.
      ["GET", "/api/auth/callback/google"],
      ["GET", "/api/auth/callback/:id"],
      ["GET", "/api/auth/callback/oidc/"],
      ["POST", "/api/auth/callback/oidc"],
    ] as const) {
      expect(isAllowedAuthRequest(method, path), `${method} ${path}`).toBe(false);
    }
  });
});
