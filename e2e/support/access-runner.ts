import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { registry, type Attempt } from "./access-registry";
import { callAction, type Actor, type Session, type World } from "./access-world";

// ---- enumeration: every page, route and action must have a registry entry ----
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "generated" ? [] : walk(full);
    return [full];
  });
}

export function enumerate(): string[] {
  const files = [...walk("app"), ...walk("lib")];
  const pagesAndRoutes = files.filter((f) => f.startsWith("app/") && /\/(page\.tsx|route\.ts|route\.e2e\.ts)$/.test(f));
  // Any module-level "use server" file, whatever its name.
  const actions = files
    .filter((f) => /\.tsx?$/.test(f) && /^\s*["']use server["']/.test(readFileSync(f, "utf8")))
    .flatMap((f) => {
      const source = readFileSync(f, "utf8");
      const names = [...source.matchAll(/^export (?:async function|const|let) (\w+)/gm)].map((m) => m[1]);
      return names.map((name) => `${f.replace(/\.tsx?$/, "")}#${name}`);
    });
  return [...pagesAndRoutes, ...actions].sort();
}

export const stats = { endpoints: 0, attempts: 0, crossTenant: 0, denied: 0, gaps: [] as string[] };

// A denial: 404/403/401, the sign-in redirect, an error code, or a redirect
// back with an error — as opposed to the right result for the right user.
function isDenial(e: Attempt["expect"]): boolean {
  if ("signIn" in e || "code" in e) return true;
  if ("status" in e) return e.status >= 400;
  if ("redirect" in e) return typeof e.redirect === "string" && /sign-in|error=/.test(e.redirect);
  return false;
}

let who: (actor: Actor) => Session = () => {
  throw new Error("call useSessions first");
};

export function useSessions(sessions: Record<Actor, Session>) {
  who = (actor) => sessions[actor];
}

async function runAttempt(key: string, attempt: Attempt) {
  const label = `${key} as ${attempt.actor} ${JSON.stringify(attempt.call).slice(0, 160)}`;
  const { request } = who(attempt.actor);
  const check = async () => {
    if ("get" in attempt.call) {
      const response = await request.get(attempt.call.get, { maxRedirects: 0 });
      const e = attempt.expect;
      if ("signIn" in e) {
        expect(response.status(), label).toBe(307);
        expect(response.headers().location, label).toContain("/sign-in");
        return;
      }
      if (!("status" in e)) throw new Error(`bad expectation for ${label}`);
      expect(response.status(), label).toBe(e.status);
      const body = e.pdf ? "" : await response.text();
      if (e.pdf) expect(response.headers()["content-type"], label).toBe("application/pdf");
      // Booleans, not the page: a failure message should not print the whole HTML.
      if (e.contains) expect(body.includes(e.contains), `${label} should contain ${e.contains}`).toBe(true);
      if (e.lacks) expect(body.includes(e.lacks), `${label} should not contain ${e.lacks}`).toBe(false);
      return;
    }
    if ("put" in attempt.call) {
      const response = await request.put(attempt.call.put, { data: attempt.call.data, maxRedirects: 0 });
      const e = attempt.expect;
      if (!("status" in e)) throw new Error(`bad expectation for ${label}`);
      expect(response.status(), label).toBe(e.status);
      return;
    }
    const [module, action, ...args] = attempt.call.action as [string, string, ...unknown[]];
    const reply = await callAction(request, module, action, args);
    const e = attempt.expect;
    if ("redirect" in e) {
      expect(reply.kind, label).toBe("redirect");
      const location = (reply as { location: string }).location;
      if (typeof e.redirect === "string") expect(location, label).toBe(e.redirect);
      else expect(location, label).toMatch(e.redirect);
      return;
    }
    expect(reply.kind, `${label}: ${JSON.stringify(reply)}`).toBe("result");
    const value = (reply as { value: { ok: boolean; code?: string } }).value;
    if ("ok" in e) expect(value, label).toMatchObject({ ok: true });
    else if ("code" in e) {
      expect(value.ok, label).toBe(false);
      expect([e.code].flat(), `${label}: got ${value.code}`).toContain(value.code);
    }
  };
  if (attempt.knownGap) {
    const outcome = await check().then(
      () => "passes",
      () => "fails",
    );
    stats.gaps.push(`${label}: ${outcome} — ${attempt.knownGap}`);
    return;
  }
  await check();
  stats.attempts += 1;
  if (attempt.actor !== "owner") stats.crossTenant += 1;
  if (isDenial(attempt.expect)) stats.denied += 1;
}

export async function runMatrix(w: World, phase: "members" | "removed") {
  for (const [key, entry] of Object.entries(registry)) {
    if (!entry.takesId) continue;
    if (phase === "members") stats.endpoints += 1;
    await w.refresh?.();
    for (const attempt of entry.attempts(w)) {
      if ((attempt.actor === "removed") !== (phase === "removed")) continue;
      await runAttempt(key, attempt);
    }
  }
}
