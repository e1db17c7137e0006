import { NextResponse } from "next/server";
import { getCurrentUserForAutosave } from "@/lib/auth/session";
import { limitWrites } from "@/lib/security/write-limit";
import { failure, type ActionResult, type ErrorCode } from "@/lib/errors";
import { readJsonBody, type BodyResult } from "@/lib/security/body-limit";
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

// What a doorway needs of a request, whichever server delivered it: Next's
// router (a web Request) or server.mjs directly (a Node request, without
// building a web Request and Response: lib/autosave/direct.ts).
export type DoorwayInput = {
  headers: Headers;
  // The body as JSON, read with a cap (lib/security/body-limit.ts).
  readBody(limit: number): Promise<BodyResult>;
};
export type DoorwayAnswer = { status: number; body: object; setCookie: readonly string[] };

function answer(body: { ok: boolean; code?: ErrorCode }, setCookie: readonly string[] = []): DoorwayAnswer {
  return { status: body.ok ? 200 : (statusOf[body.code!] ?? 400), body, setCookie };
}

// The headers of every doorway answer, for the direct path (Next adds its own
// content-type through NextResponse.json).
export const doorwayHeaders: Readonly<Record<string, string>> = {
  ...jsonHeaders,
  "content-type": "application/json",
};

type Context<P> = { params: Promise<P> };

// `direct`: called by server.mjs without Next's router (lib/autosave/direct.ts),
// where a refreshed session cookie must travel on the answer itself (inside
// Next, nextCookies sets it).
async function sessionOf(headers: Headers, direct: boolean) {
  const { user, setCookie } = await getCurrentUserForAutosave(headers);
  return { user, setCookie: direct ? setCookie : [] };
}

export function autosaveRoute<P, T>(step: {
  label: string;
  read: (userId: string, params: P) => Promise<T | null>;
  save: (userId: string, params: P, baseVersion: unknown, values: unknown) => Promise<ActionResult<unknown>>;
}) {
  async function get(input: DoorwayInput, params: P, direct: boolean): Promise<DoorwayAnswer> {
    const { user, setCookie } = await sessionOf(input.headers, direct);
    if (!user) return answer(failure("UNAUTHENTICATED"), setCookie);
    const current = await step.read(user.id, params);
    if (!current) return answer(failure("NOT_FOUND"), setCookie);
    return answer({ ok: true, ...{ data: current } }, setCookie);
  }

  async function put(input: DoorwayInput, params: P, direct: boolean): Promise<DoorwayAnswer> {
    // Before the session is read: a cross-site request learns nothing.
    const refused = refuseJsonRequest(input, ownOrigins());
    if (refused) return answer(failure(refused.code));
    const { user, setCookie } = await sessionOf(input.headers, direct);
    if (!user) return answer(failure("UNAUTHENTICATED"), setCookie);
    const limited = await limitWrites(user.id);
    if (limited) return answer(limited, setCookie);
    // Streamed with a cap, lone surrogates replaced (lib/security/body-limit.ts).
    const read = await input.readBody(maxBodyBytes);
    if (!read.ok) return answer(failure(read.code), setCookie);
    const body = read.value;
    // `null`, a number or a list parse as JSON too (found by the fuzz pass).
    if (typeof body !== "object" || body === null || Array.isArray(body))
      return answer(failure("VALIDATION"), setCookie);
    const { baseVersion, values } = body as { baseVersion?: unknown; values?: unknown };
    try {
      return answer(await step.save(user.id, params, baseVersion, values), setCookie);
    } catch (error) {
      const incoming = input.headers.get("x-request-id");
      const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
      rootLog.error({ err: error, step: step.label, requestId }, "autosave failed");
      return answer(failure("INTERNAL"), setCookie);
    }
  }

  // Next's route handlers: a web Request in, a NextResponse out.
  const fromRequest = (request: Request): DoorwayInput => ({
    headers: request.headers,
    readBody: (limit) => readJsonBody(request, limit),
  });
  const toResponse = ({ status, body, setCookie }: DoorwayAnswer) => {
    const response = NextResponse.json(body, { status, headers: jsonHeaders });
    for (const cookie of setCookie) response.headers.append("set-cookie", cookie);
    return response;
  };
  const GET = async (request: Request, context: Context<P>) =>
    toResponse(await get(fromRequest(request), await context.params, false));
  const PUT = async (request: Request, context: Context<P>) =>
    toResponse(await put(fromRequest(request), await context.params, false));

  // A keepalive save from a closing tab may arrive as POST; it passes the
  // same Origin and content-type check.
  return { GET, PUT, POST: PUT, direct: { GET: get, PUT: put, POST: put } };
}
