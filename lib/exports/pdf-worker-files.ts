import path from "node:path";

// The PDF worker's files, named in one module that the pool (lib/exports/pool.ts)
// and the worker (workers/pdf-worker.mjs) both import. The worker renders
// components/pdf, which lib may not import: the worker runs outside the Next
// bundle and loads the renderer through tsx at run time, so this is where a
// reader of lib finds that dependency (pdf-worker-files.test.ts checks that
// both files exist and the renderer exports what the worker calls).
// next.config.ts ships these files in a traced build (outputFileTracingIncludes).
export function pdfWorkerFile(root: string): string {
  return path.join(/* turbopackIgnore: true */ root, "workers", "pdf-worker.mjs");
}

export function pdfRendererFile(root: string): string {
  return path.join(/* turbopackIgnore: true */ root, "components", "pdf", "render.tsx");
}

// The renderer module's exports the worker calls: the whole PDF, and one
// slice of its pages for the thread rendering the other half (part-pool.ts).
export const pdfRendererExport = "renderRequirementsPdf";
export const pdfPartRendererExport = "renderPdfPart";
