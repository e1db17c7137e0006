"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { loadDocument } from "@/lib/document/load";
import { draftIdSchema } from "@/lib/drafts/schema";
import { recordDraftAudit } from "@/lib/audit/mutations";
import { failure, type ActionResult, missFailure } from "@/lib/errors";
import { isExportFormat, type ExportFormat } from "@/lib/exports/formats";
import { renderExportAs } from "@/lib/exports/jobs";
import { createPendingExport } from "@/lib/exports/mutations";

// Creates a pending export from a snapshot of the draft and answers at once;
// the file renders in the worker pool after the response (lib/exports/jobs.ts)
// while the page polls the export's status.
export async function exportDocumentAction(draftId: string, format: ExportFormat): Promise<ActionResult<{ exportId: string }>> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  if (!draftIdSchema.safeParse(draftId).success) return failure("NOT_FOUND");
  if (!isExportFormat(format)) return failure("VALIDATION");
  const loaded = await loadDocument(user.id, draftId);
  if (!loaded) return failure("NOT_FOUND");

  const { source, dataFor, locale } = loaded;
  let data = loaded.data;
  const created = await createPendingExport(user.id, {
    draftId,
    draftVersion: source.version,
    locale,
    format,
    snapshot: (sequence) => (data = dataFor(sequence)),
  });
  if (!created.ok) {
    return missFailure(created.reason, "edit");
  }
  await recordDraftAudit("export", user.id, draftId, { exportId: created.data.id, version: source.version, format });
  after(() => renderExportAs(format, created.data.id, data));
  revalidatePath(`/drafts/${draftId}/export`);
  return { ok: true, data: { exportId: created.data.id } };
}

export async function exportPdfAction(draftId: string): Promise<ActionResult<{ exportId: string }>> {
  return exportDocumentAction(draftId, "pdf");
}
