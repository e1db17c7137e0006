// Which of Better Auth's HTTP endpoints (/api/auth/*) the app serves. Sign-in,
// sign-up and every organisation, member, role and invitation change go
// through our own server actions (lib/auth/actions.ts, lib/orgs/actions.ts),
// which call the library in-process with our validation, per-account rate
// limit, last-ägare rule and audit log. Over HTTP only these stay, both acting
// on the caller's own session, and the return from the organisation's OpenID
// provider (single sign-on, lib/auth/sso.ts), which a browser must reach;
// everything else answers 404.
export const authHttpAllowlist = ["GET /get-session", "POST /sign-out", "GET /callback/:id"] as const;

// The one value each path parameter of an allowlisted route may take: the
// callback only for our own provider id, never another social provider's.
export const ssoProviderId = "oidc";
const allowedParams: Record<string, string> = { id: ssoProviderId };

export const authBasePath = "/api/auth";

// The router's path with its parameters filled in as the allowlist permits
// ("/callback/:id" → "/callback/oidc"); other parameters become "x".
export function concreteAuthPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => allowedParams[name] ?? "x");
}

const allowedKeys = authHttpAllowlist.map((entry) => concreteAuthPath(entry));

// Exact match on method and path: a path the library's router would also
// accept in another spelling (trailing slash, encoding) is simply not listed.
export function isAllowedAuthRequest(method: string, pathname: string): boolean {
  if (!pathname.startsWith(`${authBasePath}/`)) return false;
  const key = `${method.toUpperCase()} ${pathname.slice(authBasePath.length)}`;
  return allowedKeys.includes(key);
}

type EndpointLike = { path?: unknown; options?: { method?: unknown } };

// Every path and method the auth instance's router knows, read from its api
// object so a plugin or upgrade that adds endpoints is covered without a list.
export function authEndpoints(api: Record<string, unknown>): { method: string; path: string }[] {
  const endpoints: { method: string; path: string }[] = [];
  for (const value of Object.values(api)) {
    const endpoint = value as EndpointLike;
    if (typeof endpoint?.path !== "string") continue;
    const declared = endpoint.options?.method;
    const methods = Array.isArray(declared) ? declared : [declared ?? "GET"];
    for (const method of methods) {
      if (typeof method !== "string") continue;
      for (const verb of method === "*" ? ["GET", "POST"] : [method])
        endpoints.push({ method: verb, path: endpoint.path });
    }
  }
  return endpoints.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}
