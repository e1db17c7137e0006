"use server";

import { revalidatePath } from "next/cache";
import { recordDraftAudit } from "@/lib/audit/mutations";
import { loadChecklistSource, loadDocument } from "@/lib/document/load";
import { draftIdSchema } from "@/lib/drafts/schema";
import { failure, missFailure, type ActionResult } from "@/lib/errors";
import { isExportFormat, type ExportFormat } from "@/lib/exports/formats";
import { buildKravlotsFile, serializeKravlotsFile } from "@/lib/exports/json/build";
import { getDraftForJson } from "@/lib/exports/json/data";
import { completeExport, createPendingExport } from "@/lib/exports/mutations";
import { exportWorker } from "@/lib/exports/queue/worker";
import { serverAction } from "@/lib/auth/server-action";

// Creates a pending export (PDF, Word or Excel) from a snapshot of the draft
// and answers at once. The pending export is a job of the render queue
// (lib/exports/queue): this instance's worker is woken to take it, and any
// instance's worker would, if this one died. The page polls its status.
export async function exportDocumentAction(
  draftId: string,
  format: ExportFormat,
): Promise<ActionResult<{ exportId: string }>> {
  return serverAction(
    { ids: { draftId: [draftIdSchema, draftId] }, permission: "edit" },
    async (user, { draftId: id }) => {
      if (!isExportFormat(format)) return failure("VALIDATION");
      if (format === "json") return exportKravlotsFile(user.id, id);
      if (format === "checklist") return exportChecklist(user.id, id);
      const loaded = await loadDocument(user.id, id);
      if (!loaded) return { ok: false, reason: "not_found" };
      const { source, dataFor, locale } = loaded;
      const created = await createPendingExport(user.id, {
        draftId: id,
        draftVersion: source.version,
        locale,
        format,
        // The export's own version number is known inside the transaction.
        snapshot: dataFor,
      });
      if (!created.ok) return created;
      await recordDraftAudit("export", user.id, id, { exportId: created.data.id, version: source.version, format });
      exportWorker().wake();
      revalidatePath(`/drafts/${id}/export`);
      return { ok: true, data: { exportId: created.data.id } };
    },
  );
}

// The Kravlots file needs no layout: it is built, stored and hashed within
// the request, so it is ready by the panel's first poll.
async function exportKravlotsFile(userId: string, draftId: string): Promise<ActionResult<{ exportId: string }>> {
  const row = await getDraftForJson(userId, draftId);
  if (!row) return failure("NOT_FOUND");
  const file = buildKravlotsFile(row, new Date());
  const created = await createPendingExport(userId, {
    draftId,
    draftVersion: row.version,
    locale: "sv",
    format: "json",
    snapshot: file,
  });
  if (!created.ok) return missFailure(created.reason, "edit");
  const start = performance.now();
  await completeExport(created.data.id, serializeKravlotsFile(file), performance.now() - start);
  await recordDraftAudit("export", userId, draftId, {
    exportId: created.data.id,
    version: row.version,
    format: "json",
  });
  revalidatePath(`/drafts/${draftId}/export`);
  return { ok: true, data: { exportId: created.data.id } };
}

// The Intern checklista: the buyer's own (IN) requirements, rendered like the
// documents in the worker pool, with the same version number as they have.
async function exportChecklist(userId: string, draftId: string): Promise<ActionResult<{ exportId: string }>> {
  const loaded = await loadChecklistSource(userId, draftId);
  if (!loaded) return failure("NOT_FOUND");
  const created = await createPendingExport(userId, {
    draftId,
    draftVersion: loaded.version,
    locale: loaded.locale,
    format: "checklist",
    snapshot: loaded.data,
  });
  if (!created.ok) return missFailure(created.reason, "edit");
  const details = { exportId: created.data.id, version: loaded.version, format: "checklist" };
  await recordDraftAudit("export", userId, draftId, details);
  exportWorker().wake();
  revalidatePath(`/drafts/${draftId}/export`);
  return { ok: true, data: { exportId: created.data.id } };
}

export async function exportPdfAction(draftId: string): Promise<ActionResult<{ exportId: string }>> {
  return exportDocumentAction(draftId, "pdf");
}
