import { NextResponse } from "next/server";
import { autosavePerspectiveAnswers, getPerspectiveAnswers } from "@/lib/answers/autosave";
import { getCurrentUserForAutosave as getCurrentUser } from "@/lib/auth/session";
import { failure, type ErrorCode } from "@/lib/errors";

// JSON doorway for the perspective steps' autosave, mirroring the Start
// step's route: fetch(keepalive) works while a tab closes, a server action
// does not. Same schema and mutation as savePerspectiveAnswersAction.
type Context = { params: Promise<{ draftId: string; perspective: string }> };

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
  const { draftId, perspective } = await params;
  const current = await getPerspectiveAnswers(user.id, draftId, perspective);
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
  const { draftId, perspective } = await params;
  try {
    return reply(await autosavePerspectiveAnswers(user.id, draftId, perspective, body.baseVersion, body.values));
  } catch (error) {
    console.error("autosave of a perspective step failed", error);
    return reply(failure("INTERNAL"));
  }
}

// sendBeacon/keepalive from a closing tab may arrive as POST.
export const POST = PUT;
