import { NextResponse } from "next/server";
import { getCurrentUserForAutosave } from "@/lib/auth/session";
import { limitWrites } from "@/lib/security/write-limit";
import { failure, type ActionResult, type ErrorCode } from "@/lib/errors";
import { readJsonBody } from "@/lib/security/body-limit";
import { securityHeaders } from "@/lib/security/headers";
import { refuseJsonRequest } from "@/lib/security/json-request";
import { ownOrigins } from "@/lib/security/origins";
import { rootLog } from "@/lib/log";

// The JSON doorway every autosaving step shares: the browser can send it with
// fetch(keepalive) while a tab is closing, which a server action cannot, and
// the load tests call it directly. Each step supplies how to read its current
// values and how to save (the same schema and mutation as its server action).
// These routes are the hot path (a save per pause in typing) and bypass
// proxy.ts (see its matcher): they carry their own size limit, security
// headers and request id, and do nothing a JSON answer does not need.

const statusOf: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  FORBIDDEN_EDITOR: 403,
  FORBIDDEN_OWNER: 403,
  FORBIDDEN_ORIGIN: 403,
  UNSUPPORTED_MEDIA_TYPE: 415,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  VALIDATION: 422,
  INTERNAL: 500,
};
const maxBodyBytes = 256 * 1024;

// What proxy.ts would add, less the page-only parts (a JSON answer runs no
// script, so its CSP forbids everything).
const jsonHeaders = {
  ...securityHeaders({ https: false }),
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "cache-control": "no-store",
};

function reply(body: { ok: boolean; code?: ErrorCode }, setCookie: readonly string[] = []) {
  const status = body.ok ? 200 : (statusOf[body.code!] ?? 400);
  const response = NextResponse.json(body, { status, headers: jsonHeaders });
  for (const cookie of setCookie) response.headers.append("set-cookie", cookie);
  return response;
}

// `direct`: called by server.mjs without Next's router (lib/autosave/doorways.ts),
// where a refreshed session cookie must travel on the answer itself.
export type DoorwayContext<P> = { params: Promise<P>; direct?: boolean };
type Context<P> = DoorwayContext<P>;

async function sessionOf<P>(request: Request, context: Context<P>) {
  const { user, setCookie } = await getCurrentUserForAutosave(request.headers);
  return { user, setCookie: context.direct ? setCookie : [] };
}

export function autosaveRoute<P, T>(step: {
  label: string;
  read: (userId: string, params: P) => Promise<T | null>;
  save: (userId: string, params: P, baseVersion: unknown, values: unknown) => Promise<ActionResult<unknown>>;
}) {
  async function GET(request: Request, context: Context<P>) {
    const { user, setCookie } = await sessionOf(request, context);
    if (!user) return reply(failure("UNAUTHENTICATED"), setCookie);
    const current = await step.read(user.id, await context.params);
    if (!current) return reply(failure("NOT_FOUND"), setCookie);
    return reply({ ok: true, ...{ data: current } }, setCookie);
  }

  async function PUT(request: Request, context: Context<P>) {
    // Before the session is read: a cross-site request learns nothing.
    const refused = refuseJsonRequest(request, ownOrigins());
    if (refused) return reply(failure(refused.code));
    const { user, setCookie } = await sessionOf(request, context);
    if (!user) return reply(failure("UNAUTHENTICATED"), setCookie);
    const limited = await limitWrites(user.id);
    if (limited) return reply(limited, setCookie);
    // Streamed with a cap, lone surrogates replaced (lib/security/body-limit.ts).
    const read = await readJsonBody(request, maxBodyBytes);
    if (!read.ok) return reply(failure(read.code), setCookie);
    const body = read.value;
    // `null`, a number or a list parse as JSON too (found by the fuzz pass).
    if (typeof body !== "object" || body === null || Array.isArray(body))
      return reply(failure("VALIDATION"), setCookie);
    const { baseVersion, values } = body as { baseVersion?: unknown; values?: unknown };
    try {
      return reply(await step.save(user.id, await context.params, baseVersion, values), setCookie);
    } catch (error) {
      const incoming = request.headers.get("x-request-id");
      const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
      rootLog.error({ err: error, step: step.label, requestId }, "autosave failed");
      return reply(failure("INTERNAL"), setCookie);
    }
  }

  // A keepalive save from a closing tab may arrive as POST; it passes the
  // same Origin and content-type check.
  return { GET, PUT, POST: PUT };
}
