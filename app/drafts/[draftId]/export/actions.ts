"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { loadDocument } from "@/lib/document/load";
import { draftIdSchema } from "@/lib/drafts/schema";
import { recordDraftAudit } from "@/lib/audit/mutations";
import { failure, type ActionResult, missFailure } from "@/lib/errors";
import { renderExport } from "@/lib/exports/jobs";
import { createPendingExport } from "@/lib/exports/mutations";

// Creates a pending export from a snapshot of the draft and answers at once;
// the PDF renders in the worker pool after the response (lib/exports/jobs.ts)
// while the page polls the export's status.
export async function exportPdfAction(draftId: string): Promise<ActionResult<{ exportId: string }>> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  if (!draftIdSchema.safeParse(draftId).success) return failure("NOT_FOUND");
  const loaded = await loadDocument(user.id, draftId);
  if (!loaded) return failure("NOT_FOUND");

  const { source, data, locale } = loaded;
  const created = await createPendingExport(user.id, { draftId, draftVersion: source.version, locale, snapshot: data });
  if (!created.ok) {
    return missFailure(created.reason, "edit");
  }
  await recordDraftAudit("export", user.id, draftId, { exportId: created.data.id, version: source.version });
  after(() => renderExport(created.data.id, data));
  revalidatePath(`/drafts/${draftId}/export`);
  return { ok: true, data: { exportId: created.data.id } };
}
