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
const { pdfRendererExport, pdfRendererFile } = await import("../lib/exports/pdf-worker-files.ts");
const renderer = await import(pathToFileURL(pdfRendererFile(root)).href);
const renderRequirementsPdf = renderer[pdfRendererExport];

export default async function render(data) {
  const start = performance.now();
  const bytes = await renderRequirementsPdf(data);
  return { bytes, renderMs: performance.now() - start };
}
