import "server-only";
import { db } from "@/lib/db";
import { checkDraftAccess, draftWhere } from "@/lib/drafts/scope";
import type { DocumentData } from "@/lib/document/types";
import type { MutationResult } from "@/lib/errors";
import { countPdfPages, sha256Hex } from "@/lib/exports/pdf-meta";
import type { ExportFailure } from "@/lib/exports/types";

export type PendingExportInput = { draftId: string; draftVersion: number; locale: string; snapshot: DocumentData };

// The export is labelled with the version its snapshot was read from; if the
// draft has moved on since, the snapshot would lie about its version.
export async function createPendingExport(
  userId: string,
  input: PendingExportInput,
): Promise<MutationResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const access = await checkDraftAccess(tx, userId, input.draftId, "edit");
    if (access !== "ok") return { ok: false, reason: access };
    const draft = await tx.draft.findFirst({ where: draftWhere(userId, input.draftId, "edit"), select: { version: true } });
    if (!draft) return { ok: false, reason: "not_found" };
    if (draft.version !== input.draftVersion) return { ok: false, reason: "conflict" };
    const created = await tx.export.create({
      data: {
        draftId: input.draftId,
        draftVersion: input.draftVersion,
        format: "pdf",
        status: "pending",
        locale: input.locale,
        snapshot: input.snapshot,
        createdById: userId,
      },
      select: { id: true },
    });
    return { ok: true, data: created };
  });
}

// The only two writes after creation, each allowed once: a pending export
// becomes ready or failed, and a finished export never changes again.
export async function completeExport(exportId: string, bytes: Uint8Array<ArrayBuffer>, renderMs: number): Promise<boolean> {
  const { count } = await db.export.updateMany({
    where: { id: exportId, status: "pending" },
    data: {
      status: "ready",
      bytes,
      sha256: sha256Hex(bytes),
      sizeBytes: bytes.byteLength,
      pageCount: countPdfPages(bytes),
      renderMs: Math.round(renderMs),
      finishedAt: new Date(),
    },
  });
  return count === 1;
}

export async function failExport(exportId: string, reason: ExportFailure): Promise<boolean> {
  const { count } = await db.export.updateMany({
    where: { id: exportId, status: "pending" },
    data: { status: "failed", error: reason, finishedAt: new Date() },
  });
  return count === 1;
}
