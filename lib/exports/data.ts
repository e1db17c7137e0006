import "server-only";
import { db } from "@/lib/db";
import { draftWhere } from "@/lib/drafts/scope";
import type { ExportSummary, StoredExport } from "@/lib/exports/types";

// Every query joins through the draft's owner, so an export id from another
// user's draft is indistinguishable from a missing one.
export async function listExportsForDraft(userId: string, draftId: string): Promise<ExportSummary[]> {
  const rows = await db.export.findMany({
    where: { draftId, draft: draftWhere(userId, draftId) },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      draftVersion: true,
      format: true,
      sizeBytes: true,
      pageCount: true,
      sha256: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ createdBy, ...row }) => ({ ...row, createdByName: createdBy.name }));
}

export async function getExportForUser(userId: string, draftId: string, exportId: string): Promise<StoredExport | null> {
  const row = await db.export.findFirst({
    where: { id: exportId, draftId, draft: draftWhere(userId, draftId) },
    select: { id: true, bytes: true, sha256: true, draftVersion: true, format: true, draft: { select: { title: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    bytes: row.bytes,
    sha256: row.sha256,
    draftVersion: row.draftVersion,
    format: row.format,
    draftTitle: row.draft.title,
  };
}
