import "server-only";
import { db } from "@/lib/db";
import { draftWhere } from "@/lib/drafts/scope";
import { formatOf } from "@/lib/exports/formats";
import {
  exportFailures,
  exportStatuses,
  type ExportFailure,
  type ExportState,
  type ExportStatus,
  type ExportSummary,
  type StoredExport,
} from "@/lib/exports/types";

// A pending export stays pending while the render queue (lib/exports/queue)
// still has attempts for it; the queue itself fails it when they run out.
function state(row: { status: string; error: string | null }): { status: ExportStatus; error: ExportFailure | null } {
  const status = (exportStatuses as readonly string[]).includes(row.status) ? (row.status as ExportStatus) : "failed";
  const error = (exportFailures as readonly string[]).includes(row.error ?? "") ? (row.error as ExportFailure) : null;
  return { status, error: status === "failed" ? (error ?? "render_failed") : null };
}

// Every query joins through the draft's access rule, so an export id from
// another user's draft is indistinguishable from a missing one.
export async function listExportsForDraft(userId: string, draftId: string): Promise<ExportSummary[]> {
  const rows = await db.export.findMany({
    where: { draftId, draft: draftWhere(userId, draftId, "read") },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      draftVersion: true,
      sequence: true,
      format: true,
      status: true,
      error: true,
      sizeBytes: true,
      pageCount: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ createdBy, status, error, format, ...row }) => ({
    ...row,
    format: formatOf(format),
    ...state({ status, error }),
    createdByName: createdBy?.name ?? null,
  }));
}

export async function getExportState(userId: string, draftId: string, exportId: string): Promise<ExportState | null> {
  const row = await db.export.findFirst({
    where: { id: exportId, draftId, draft: draftWhere(userId, draftId, "read") },
    select: { id: true, status: true, error: true, createdAt: true, draftVersion: true },
  });
  if (!row) return null;
  return { id: row.id, draftVersion: row.draftVersion, ...state(row) };
}

// Only finished exports have bytes to serve.
export async function getExportForUser(
  userId: string,
  draftId: string,
  exportId: string,
): Promise<StoredExport | null> {
  const row = await db.export.findFirst({
    where: { id: exportId, draftId, status: "ready", draft: draftWhere(userId, draftId, "read") },
    select: {
      id: true,
      bytes: true,
      sha256: true,
      draftVersion: true,
      sequence: true,
      format: true,
      snapshot: true,
      draft: { select: { title: true } },
    },
  });
  if (!row || !row.bytes || !row.sha256) return null;
  // The filename names the title the document was made with, not today's.
  const snapshot = row.snapshot as { title?: unknown } | null;
  const title = typeof snapshot?.title === "string" ? snapshot.title : row.draft.title;
  return {
    id: row.id,
    bytes: row.bytes,
    sha256: row.sha256,
    draftVersion: row.draftVersion,
    sequence: row.sequence,
    format: formatOf(row.format),
    title,
  };
}
