export type ExportSummary = {
  id: string;
  draftVersion: number;
  format: string;
  sizeBytes: number;
  pageCount: number;
  sha256: string;
  createdAt: Date;
  createdByName: string;
};

export type StoredExport = {
  id: string;
  bytes: Uint8Array;
  sha256: string;
  draftVersion: number;
  draftTitle: string;
  format: string;
};
