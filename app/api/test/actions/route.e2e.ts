import { getAuth } from "@/lib/auth/auth";
import { authEndpoints } from "@/lib/auth/http-surface";
import { readJsonBody } from "@/lib/security/body-limit";
import { refuseJsonRequest } from "@/lib/security/json-request";
import { ownOrigins } from "@/lib/security/origins";
import { rootLog } from "@/lib/log";

// TEST-ONLY: lets the access e2e suite (e2e/access.spec.ts) call every server
// action with any ids as the signed-in caller of the request, exactly as the
// action would run from a form. Two locks keep it out of production:
// - the ".e2e.ts" extension: only a build with KRAVLOTS_TEST_BUILD=1 (npm run
//   test:e2e) treats this file as a route (next.config.ts pageExtensions), so
//   `npm run build` / `npm start` output does not contain it at all;
// - it answers 404 unless the server was also started with
//   KRAVLOTS_TEST_ROUTES=1 (scripts/e2e-server.mjs via playwright.config.ts).
// Adding a new actions file: add one line to `modules` (the suite fails until
// every actions file and every exported action is listed).
const modules: Record<string, () => Promise<Record<string, unknown>>> = {
  "lib/auth/actions": () => import("@/lib/auth/actions"),
  "lib/auth/session-actions": () => import("@/lib/auth/session-actions"),
  "lib/auth/recovery-actions": () => import("@/lib/auth/recovery-actions"),
  "lib/account/actions": () => import("@/lib/account/actions"),
  "lib/account/email-actions": () => import("@/lib/account/email-actions"),
  "lib/auth/sso-actions": () => import("@/lib/auth/sso-actions"),
  "lib/auth/two-factor-actions": () => import("@/lib/auth/two-factor-actions"),
  "lib/orgs/policy-actions": () => import("@/lib/orgs/policy-actions"),
  "lib/drafts/actions": () => import("@/lib/drafts/actions"),
  "lib/answers/actions": () => import("@/lib/answers/actions"),
  "lib/requirements/actions": () => import("@/lib/requirements/actions"),
  "lib/revisions/actions": () => import("@/lib/revisions/actions"),
  "lib/trash/actions": () => import("@/lib/trash/actions"),
  "lib/i18n/actions": () => import("@/lib/i18n/actions"),
  "lib/orgs/actions": () => import("@/lib/orgs/actions"),
  "lib/exports/actions": () => import("@/lib/exports/actions"),
  "lib/exports/import-actions": () => import("@/lib/exports/import-actions"),
  "lib/templates/actions": () => import("@/lib/templates/actions"),
  "lib/followup/actions": () => import("@/lib/followup/actions"),
  "lib/library/actions": () => import("@/lib/library/actions"),
  "lib/remiss/actions": () => import("@/lib/remiss/actions"),
};

const enabled = () => process.env.KRAVLOTS_TEST_ROUTES === "1";
const json = (body: unknown, status = 200) => Response.json(body, { status });

export async function GET(request: Request) {
  if (!enabled()) return new Response("Hittades inte", { status: 404 });
  // Every path Better Auth's router knows, read from the running instance, for
  // the auth surface test.
  if (new URL(request.url).searchParams.get("list") === "auth-endpoints") {
    return json(authEndpoints(getAuth().api));
  }
  const listing: Record<string, string[]> = {};
  for (const [name, load] of Object.entries(modules)) {
    listing[name] = Object.entries(await load())
      .filter(([, value]) => typeof value === "function")
      .map(([key]) => key);
  }
  return json(listing);
}

// {"__formData": {...}} stands for a form post; anything else (a fuzzed
// {"__formData": null} included) reaches the action as sent.
function toArg(value: unknown): unknown {
  const fields = value && typeof value === "object" ? (value as { __formData?: unknown }).__formData : undefined;
  if (fields && typeof fields === "object") {
    const form = new FormData();
    for (const [key, entry] of Object.entries(fields)) form.set(key, String(entry));
    return form;
  }
  return value;
}

export async function POST(request: Request) {
  if (!enabled()) return new Response("Hittades inte", { status: 404 });
  // Same rule as every JSON route: no cross-site calls, JSON bodies only.
  const refused = refuseJsonRequest(request, ownOrigins());
  if (refused) return json({ kind: "error", code: refused.code }, refused.status);
  const body = await readJsonBody(request);
  if (!body.ok) return json({ kind: "error", code: body.code }, body.status);
  const { module, action, args } = body.value as { module: string; action: string; args?: unknown };
  if (args !== undefined && !Array.isArray(args)) return json({ kind: "error", code: "VALIDATION" }, 400);
  const load = modules[module];
  const fn = load ? (await load())[action] : undefined;
  if (typeof fn !== "function") return json({ kind: "unknown" }, 400);
  try {
    const value: unknown = await (fn as (...a: unknown[]) => Promise<unknown>)(...(args ?? []).map(toArg));
    return json({ kind: "result", value: value ?? null });
  } catch (error) {
    // redirect() and notFound() surface as errors with a digest.
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT"))
      return json({ kind: "redirect", location: digest.split(";")[2] });
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
      return json({ kind: "http", status: Number(digest.split(";")[1]) });
    rootLog.error({ err: error }, "test action failed");
    return json({ kind: "error" }, 500);
  }
}
