// A piscina worker that renders the requirements PDF. It lives outside the
// Next bundle and loads the TypeScript components through tsx, so the PDF
// code is the same one the unit tests and bench:pdf run.
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

// On Linux this lowers only this thread: HTTP requests get the CPU first.
try {
  os.setPriority(19);
} catch {
  // Not permitted on some systems; rendering still works.
}

const root = process.cwd();
register({ tsconfig: path.join(root, "tsconfig.json") });
// The renderer's file is named in lib/exports/pdf-worker-files.ts, which the pool uses too.
const { pdfPartRendererExport, pdfRendererExport, pdfRendererFile } =
  await import("../lib/exports/pdf-worker-files.ts");
const pdfModule = await import(pathToFileURL(pdfRendererFile(root)).href);
const renderRequirementsPdf = pdfModule[pdfRendererExport];
const load = (...parts) => import(pathToFileURL(path.join(root, ...parts)).href);
// Word and Excel load on first use, so a worker that only renders PDFs never pays for them.
const renderers = {
  pdf: async () => renderRequirementsPdf,
  // One slice of a long PDF's pages, for the thread rendering the other half (lib/exports/part-pool.ts).
  "pdf-part": async () => pdfModule[pdfPartRendererExport],
  docx: async () => (await load("lib", "exports", "docx", "render.ts")).renderDocx,
  xlsx: async () => (await load("lib", "exports", "xlsx", "render.ts")).renderXlsx,
  checklist: async () => (await load("components", "pdf", "checklist.tsx")).renderChecklistPdf,
  "remiss-summary": async () => (await load("components", "pdf", "remiss-summary.tsx")).renderRemissSummaryPdf,
};

// A task is { format, data }, with pages for "pdf-part" and parallelism for
// "pdf" (lib/exports/pool.ts); a bare document (older callers) is a PDF.
export default async function render(task) {
  const { format, data } = task && typeof task.format === "string" ? task : { format: "pdf", data: task };
  const renderer = await (renderers[format] ?? renderers.pdf)();
  const start = performance.now();
  // Only the PDF's renderers take a second argument (others have optional ones of their own):
  // the slice of pages for "pdf-part", whether it may use a second thread for "pdf".
  const second = { pdf: task?.parallelism, "pdf-part": task?.pages }[format];
  const bytes = await (second === undefined ? renderer(data) : renderer(data, second));
  return { bytes, renderMs: performance.now() - start };
}
