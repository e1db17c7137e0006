import { NextResponse } from "next/server";
import { getCurrentUserForAutosave } from "@/lib/auth/session";
import { limitWrites } from "@/lib/security/write-limit";
import { failure, type ActionResult, type ErrorCode } from "@/lib/errors";
import { refuseJsonRequest } from "@/lib/security/json-request";
import { ownOrigins } from "@/lib/security/origins";
import { requestLog } from "@/lib/log";

// The JSON doorway every autosaving step shares: the browser can send it with
// fetch(keepalive) while a tab is closing, which a server action cannot, and
// the load tests call it directly. Each step supplies how to read its current
// values and how to save (the same schema and mutation as its server action).

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

function reply(body: { ok: boolean; code?: ErrorCode }) {
  const status = body.ok ? 200 : (statusOf[body.code!] ?? 400);
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store" } });
}

type Context<P> = { params: Promise<P> };

export function autosaveRoute<P, T>(step: {
  label: string;
  read: (userId: string, params: P) => Promise<T | null>;
  save: (userId: string, params: P, baseVersion: unknown, values: unknown) => Promise<ActionResult<unknown>>;
}) {
  async function GET(_request: Request, { params }: Context<P>) {
    const user = await getCurrentUserForAutosave();
    if (!user) return reply(failure("UNAUTHENTICATED"));
    const current = await step.read(user.id, await params);
    if (!current) return reply(failure("NOT_FOUND"));
    return reply({ ok: true, ...{ data: current } });
  }

  async function PUT(request: Request, { params }: Context<P>) {
    // Before the session is read: a cross-site request learns nothing.
    const refused = refuseJsonRequest(request, ownOrigins());
    if (refused) return reply(failure(refused.code));
    const user = await getCurrentUserForAutosave();
    if (!user) return reply(failure("UNAUTHENTICATED"));
    const limited = await limitWrites(user.id);
    if (limited) return reply(limited);
    const text = await request.text();
    if (text.length > maxBodyBytes) return reply(failure("TOO_LARGE"));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return reply(failure("VALIDATION"));
    }
    // `null`, a number or a list parse as JSON too (found by the fuzz pass).
    if (typeof body !== "object" || body === null || Array.isArray(body)) return reply(failure("VALIDATION"));
    const { baseVersion, values } = body as { baseVersion?: unknown; values?: unknown };
    try {
      return reply(await step.save(user.id, await params, baseVersion, values));
    } catch (error) {
      (await requestLog()).error({ err: error, step: step.label }, "autosave failed");
      return reply(failure("INTERNAL"));
    }
  }

  // A keepalive save from a closing tab may arrive as POST; it passes the
  // same Origin and content-type check.
  return { GET, PUT, POST: PUT };
}
