import { NextResponse } from "next/server";
import { getCurrentUserForAutosave as getCurrentUser } from "@/lib/auth/session";
import { autosaveStartStep } from "@/lib/drafts/autosave";
import { getStartValues } from "@/lib/drafts/data";
import { draftIdSchema } from "@/lib/drafts/schema";
import { failure, type ErrorCode } from "@/lib/errors";

// JSON doorway for autosave: the browser can send it with fetch(keepalive)
// while a tab is closing, which a server action cannot, and the load tests
// call it directly. Same schema and mutation as the "Spara utkast" action.
type Context = { params: Promise<{ draftId: string }> };

const statusOf: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  FORBIDDEN_EDITOR: 403,
  FORBIDDEN_OWNER: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  VALIDATION: 422,
  INTERNAL: 500,
};
const maxBodyBytes = 256 * 1024;

function reply(body: { ok: boolean; code?: ErrorCode }) {
  const status = body.ok ? 200 : (statusOf[body.code!] ?? 400);
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store" } });
}

export async function GET(_request: Request, { params }: Context) {
  const user = await getCurrentUser();
  if (!user) return reply(failure("UNAUTHENTICATED"));
  const id = draftIdSchema.safeParse((await params).draftId);
  const current = id.success ? await getStartValues(user.id, id.data) : null;
  if (!current) return reply(failure("NOT_FOUND"));
  return reply({ ok: true, ...{ data: current } });
}

export async function PUT(request: Request, { params }: Context) {
  const user = await getCurrentUser();
  if (!user) return reply(failure("UNAUTHENTICATED"));
  const text = await request.text();
  if (text.length > maxBodyBytes) return reply(failure("TOO_LARGE"));
  let body: { baseVersion?: unknown; values?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return reply(failure("VALIDATION"));
  }
  try {
    return reply(await autosaveStartStep(user.id, (await params).draftId, body.baseVersion, body.values));
  } catch (error) {
    console.error("autosave of the Start step failed", error);
    return reply(failure("INTERNAL"));
  }
}

// sendBeacon/keepalive from a closing tab may arrive as POST.
export const POST = PUT;
