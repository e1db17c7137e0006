// The file formats an export can be rendered in. Each is stored like the PDF
// (immutable bytes + sha256). The documents render in the worker pool; the
// Kravlots file (json, lib/exports/json) is serialised at once, as it needs
// no layout.
// "checklist" is the Intern checklista (kravtyp IN), a PDF of its own.
export const exportFormats = ["pdf", "docx", "xlsx", "json", "checklist"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const isExportFormat = (value: unknown): value is ExportFormat =>
  typeof value === "string" && (exportFormats as readonly string[]).includes(value);

export const contentTypes: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  checklist: "application/pdf",
};

// The downloaded file's name ends "<title>-v3<suffix>.<extension>".
export const fileNames: Record<ExportFormat, { suffix: string; extension: string }> = {
  pdf: { suffix: "", extension: "pdf" },
  docx: { suffix: "", extension: "docx" },
  xlsx: { suffix: "", extension: "xlsx" },
  json: { suffix: "", extension: "json" },
  checklist: { suffix: "-intern-checklista", extension: "pdf" },
};

// Stored rows from before the format column held only PDFs.
export const formatOf = (value: string): ExportFormat => (isExportFormat(value) ? value : "pdf");
