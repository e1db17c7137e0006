import "server-only";
import { db } from "@/lib/db";
import { draftWhere } from "@/lib/drafts/scope";
import { countPdfPages, sha256Hex } from "@/lib/exports/pdf-meta";

export type StoreExportInput = { draftId: string; draftVersion: number; bytes: Uint8Array<ArrayBuffer> };

// Exports are immutable: this is the only write, and nothing updates a row.
export async function storePdfExport(
  userId: string,
  input: StoreExportInput,
): Promise<{ ok: true; data: { id: string } } | { ok: false; reason: "not_found" | "conflict" }> {
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({
      where: draftWhere(userId, input.draftId),
      select: { version: true },
    });
    if (!draft) return { ok: false, reason: "not_found" };
    // The document must describe the version it is labelled with.
    if (draft.version !== input.draftVersion) return { ok: false, reason: "conflict" };
    const created = await tx.export.create({
      data: {
        draftId: input.draftId,
        draftVersion: input.draftVersion,
        format: "pdf",
        bytes: input.bytes,
        sha256: sha256Hex(input.bytes),
        sizeBytes: input.bytes.byteLength,
        pageCount: countPdfPages(input.bytes),
        createdById: userId,
      },
      select: { id: true },
    });
    return { ok: true, data: created };
  });
}
