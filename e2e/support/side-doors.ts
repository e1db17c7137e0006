import { expect, type APIRequestContext } from "@playwright/test";
import { authHttpAllowlist, concreteAuthPath } from "../../lib/auth/http-surface";
import { query, queryOne } from "./e2e-db";

type Endpoint = { method: string; path: string };

// Every path Better Auth's router knows (read from the running server's auth
// instance through the test route, not a hand list) is tried as a signed-in
// ägare: it is on the allowlist and reachable, or it answers 404.
export async function probeAuthSurface(
  owner: APIRequestContext,
  signedOut: APIRequestContext,
  baseURL: string,
  orgId: string,
) {
  const endpoints = (await (await owner.get("/api/test/actions?list=auth-endpoints")).json()) as Endpoint[];
  const keys = endpoints.map((e) => `${e.method} ${e.path}`);
  for (const key of [
    "POST /organization/delete",
    "POST /sign-up/email",
    "POST /organization/update-member-role",
    ...authHttpAllowlist,
  ]) {
    expect(keys, `the router should know ${key}`).toContain(key);
  }
  const reachable: string[] = [];
  for (const { method, path } of endpoints) {
    const key = `${method} ${path}`;
    const allowed = (authHttpAllowlist as readonly string[]).includes(key);
    // Signing the ägare out would end the suite's session: allowed calls go signed out.
    const as = allowed ? signedOut : owner;
    const url = `/api/auth${concreteAuthPath(path)}`;
    const response =
      method === "GET"
        ? await as.get(url, { maxRedirects: 0 })
        : await as.fetch(url, {
            method,
            data: { organizationId: orgId },
            headers: { origin: baseURL },
            maxRedirects: 0,
          });
    if (allowed) expect(response.status(), `${key} is on the allowlist`).not.toBe(404);
    else expect(response.status(), `${key} must not be reachable`).toBe(404);
    if (response.status() !== 404) reachable.push(key);
  }
  expect(reachable.sort()).toEqual([...authHttpAllowlist].sort());
  return endpoints.length;
}

// The two the issue names, with bodies that would work if they were routed.
export async function provePlainlyClosed(owner: APIRequestContext, baseURL: string, orgId: string) {
  const deleted = await owner.post("/api/auth/organization/delete", {
    data: { organizationId: orgId },
    headers: { origin: baseURL },
  });
  expect(deleted.status()).toBe(404);
  const email = `sidodorr-${Date.now()}@kommun.example`;
  const signUp = await owner.post("/api/auth/sign-up/email", {
    data: { name: "Sidodörr", email, password: "Lösenord-sidodörr-123" },
    headers: { origin: baseURL },
  });
  expect(signUp.status()).toBe(404);
  expect(await query(`SELECT id FROM "Organization" WHERE id = ?`, [orgId])).toHaveLength(1);
  expect(await query(`SELECT id FROM "User" WHERE email = ?`, [email])).toHaveLength(0);
}

// A cross-site page cannot save through the JSON routes: a foreign Origin is
// 403, a body not sent as JSON is 415, and the draft is unchanged.
export async function proveJsonRoutesClosed(
  owner: APIRequestContext,
  baseURL: string,
  draftId: string,
  version: number,
) {
  const url = `/api/drafts/${draftId}/start`;
  const body = JSON.stringify({ baseVersion: version, values: { title: "Från en annan webbplats" } });
  const foreign = await owner.fetch(url, {
    method: "PUT",
    data: body,
    headers: { origin: "https://evil.example", "content-type": "application/json" },
  });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toMatchObject({ ok: false, code: "FORBIDDEN_ORIGIN" });
  const plain = await owner.fetch(url, {
    method: "POST",
    data: body,
    headers: { origin: baseURL, "content-type": "text/plain;charset=UTF-8" },
  });
  expect(plain.status()).toBe(415);
  expect(await plain.json()).toMatchObject({ ok: false, code: "UNSUPPORTED_MEDIA_TYPE" });
  const answers = `/api/drafts/${draftId}/answers/kundnytta`;
  const form = await owner.fetch(answers, {
    method: "PUT",
    data: body,
    headers: { origin: baseURL, "content-type": "application/x-www-form-urlencoded" },
  });
  expect(form.status()).toBe(415);
  const row = await queryOne<{ version: number; title: string }>(`SELECT version, title FROM "Draft" WHERE id = ?`, [
    draftId,
  ]);
  expect(row).toMatchObject({ version });
  expect(row?.title).not.toBe("Från en annan webbplats");
}
