import type { ExportFormat } from "@/lib/exports/formats";

export const exportStatuses = ["pending", "ready", "failed"] as const;
export type ExportStatus = (typeof exportStatuses)[number];
// Why an export failed; the UI explains each one.
export const exportFailures = ["render_failed", "timeout"] as const;
export type ExportFailure = (typeof exportFailures)[number];

export type ExportSummary = {
  id: string;
  draftVersion: number;
  // The document's version ("Version 3"); null only for a row whose sequence is unknown.
  sequence: number | null;
  format: ExportFormat;
  status: ExportStatus;
  error: ExportFailure | null;
  sizeBytes: number | null;
  pageCount: number | null;
  createdAt: Date;
  // null when the author's account has been deleted.
  createdByName: string | null;
};

export type ExportState = { id: string; status: ExportStatus; error: ExportFailure | null; draftVersion: number };

export type StoredExport = {
  id: string;
  bytes: Uint8Array;
  sha256: string;
  draftVersion: number;
  sequence: number | null;
  title: string;
  format: ExportFormat;
};
