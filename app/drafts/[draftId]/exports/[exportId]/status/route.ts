import { getCurrentUser } from "@/lib/auth/session";
import { getExportState } from "@/lib/exports/data";

type Context = { params: Promise<{ draftId: string; exportId: string }> };

// Polled by the export panel once a second while a PDF renders. Missing,
// foreign and signed-out answer the same 404.
export async function GET(_request: Request, { params }: Context) {
  const { draftId, exportId } = await params;
  const user = await getCurrentUser();
  const state = user ? await getExportState(user.id, draftId, exportId) : null;
  if (!state) return Response.json({ error: "not_found" }, { status: 404, headers: { "cache-control": "no-store" } });
  return Response.json(state, { headers: { "cache-control": "no-store" } });
}
