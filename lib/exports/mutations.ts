import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkDraftAccess, draftWhere } from "@/lib/drafts/scope";
import type { ChecklistData } from "@/lib/document/checklist";
import type { DocumentData } from "@/lib/document/types";
import type { MutationResult } from "@/lib/errors";
import type { ExportFormat } from "@/lib/exports/formats";
import type { KravlotsFile } from "@/lib/exports/json/schema";
import { countPdfPages, sha256Hex } from "@/lib/exports/pdf-meta";
import type { ExportFailure } from "@/lib/exports/types";

// `snapshot` may be built from the export's sequence number, which is only
// known inside the transaction (the cover says "Version <sequence>").
export type PendingExportInput = {
  draftId: string;
  draftVersion: number;
  locale: string;
  // The Kravlots file (format json) is its own snapshot.
  snapshot: DocumentData | KravlotsFile | ChecklistData | ((sequence: number) => DocumentData);
  format?: ExportFormat;
};

// The export is labelled with the version its snapshot was read from; if the
// draft has moved on since, the snapshot would lie about its version.
export async function createPendingExport(
  userId: string,
  input: PendingExportInput,
): Promise<MutationResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const access = await checkDraftAccess(tx, userId, input.draftId, "edit");
    if (access !== "ok") return { ok: false, reason: access };
    const draft = await tx.draft.findFirst({
      where: draftWhere(userId, input.draftId, "edit"),
      select: { version: true },
    });
    if (!draft) return { ok: false, reason: "not_found" };
    if (draft.version !== input.draftVersion) return { ok: false, reason: "conflict" };
    const sequence = await nextSequence(tx, input.draftId, input.draftVersion);
    const snapshot = typeof input.snapshot === "function" ? input.snapshot(sequence) : input.snapshot;
    const created = await tx.export.create({
      data: {
        draftId: input.draftId,
        draftVersion: input.draftVersion,
        sequence,
        format: input.format ?? "pdf",
        status: "pending",
        locale: input.locale,
        snapshot,
        createdById: userId,
      },
      select: { id: true },
    });
    await pruneExports(tx, input.draftId);
    return { ok: true, data: created };
  });
}

// Each export holds its snapshot and its file: beyond the newest N per draft
// (EXPORTS_KEPT_PER_DRAFT), finished exports nobody downloaded are removed.
// A downloaded one may be in a colleague's or a bidder's hands: it stays.
async function pruneExports(tx: Tx, draftId: string): Promise<void> {
  const superseded = await tx.export.findMany({
    where: { draftId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: getEnv().EXPORTS_KEPT_PER_DRAFT,
    select: { id: true, status: true, downloadedAt: true },
  });
  const ids = superseded.filter((e) => e.status !== "pending" && e.downloadedAt === null).map((e) => e.id);
  if (ids.length > 0) await tx.export.deleteMany({ where: { id: { in: ids } } });
}

// Recorded once, on the first download (app/drafts/[draftId]/exports/[exportId]).
export async function markExportDownloaded(exportId: string): Promise<void> {
  await db.export.updateMany({ where: { id: exportId, downloadedAt: null }, data: { downloadedAt: new Date() } });
}

type Tx = Prisma.TransactionClient;

// Every format exported from one draft version shares its number; a new
// draft version exported gets the next one.
async function nextSequence(tx: Tx, draftId: string, draftVersion: number): Promise<number> {
  const same = await tx.export.findFirst({
    where: { draftId, draftVersion, sequence: { not: null } },
    select: { sequence: true },
  });
  if (same?.sequence) return same.sequence;
  const last = await tx.export.aggregate({ where: { draftId }, _max: { sequence: true } });
  return (last._max.sequence ?? 0) + 1;
}

// The only two writes after creation, each allowed once: a pending export
// becomes ready or failed, and a finished export never changes again.
export async function completeExport(
  exportId: string,
  bytes: Uint8Array<ArrayBuffer>,
  renderMs: number,
): Promise<boolean> {
  const { count } = await db.export.updateMany({
    where: { id: exportId, status: "pending" },
    data: {
      status: "ready",
      bytes,
      sha256: sha256Hex(bytes),
      sizeBytes: bytes.byteLength,
      // Only a PDF has pages of its own; Word and Excel paginate when opened.
      pageCount: isPdf(bytes) ? countPdfPages(bytes) : null,
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

const isPdf = (bytes: Uint8Array) => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
