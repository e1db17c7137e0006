import "server-only";
import { existsSync } from "node:fs";
import os from "node:os";
import { Piscina } from "piscina";
import type { ChecklistData } from "@/lib/document/checklist";
import type { DocumentData } from "@/lib/document/types";
import type { RemissSummary } from "@/lib/remiss/summary";
import { pdfWorkerFile } from "@/lib/exports/pdf-worker-files";
import type { ExportFormat } from "@/lib/exports/formats";
import { rootLog } from "@/lib/log";
import { requestsBusy } from "@/lib/exports/request-load";
import type { PdfParallelism } from "@/lib/exports/part-pool";

// react-pdf blocks its thread for the whole render (seconds for a long
// document), so the app never renders on the request thread: a small pool of
// worker threads does, at the lowest CPU priority (see workers/pdf-worker.mjs).
// The worker file lives outside the bundle and the pool survives module
// reloads on globalThis, so workers stay warm (fonts loaded, code compiled).
type WorkerResult = { bytes: Uint8Array<ArrayBuffer>; renderMs: number };

const key = Symbol.for("kravlots.pdfPool");
// What a worker can render (workers/pdf-worker.mjs): the export formats and
// the Remissammanställning (lib/remiss), a PDF rendered on request.
export type WorkerFormat = ExportFormat | "remiss-summary";
// parallelism: whether a long PDF may use a second thread (components/pdf/render.tsx).
type Task = {
  format: WorkerFormat;
  data: DocumentData | ChecklistData | RemissSummary;
  parallelism: Exclude<PdfParallelism, "always">;
};
type Holder = typeof globalThis & { [key]?: Piscina<Task, WorkerResult> };

function pool(): Piscina<Task, WorkerResult> {
  const holder = globalThis as Holder;
  holder[key] ??= new Piscina<Task, WorkerResult>({
    filename: pdfWorkerFile(process.cwd()),
    // One core stays free for requests: on this 2-core machine one worker kept
    // autosave p99 during four exports at 1.06× idle, two workers at 1.70×
    // (more throughput, but a render uses ~1.2 cores with its GC threads).
    minThreads: 1,
    maxThreads: Number(process.env.PDF_WORKERS ?? Math.max(1, os.availableParallelism() - 1)),
    idleTimeout: 10 * 60 * 1000,
    maxQueue: 50,
  });
  return holder[key];
}

export async function renderPdfInWorker(data: DocumentData, timeoutMs = 120_000): Promise<WorkerResult> {
  return renderInWorker("pdf", data, timeoutMs);
}

export async function renderInWorker(
  format: WorkerFormat,
  data: DocumentData | ChecklistData | RemissSummary,
  timeoutMs = 120_000,
): Promise<WorkerResult> {
  const signal = AbortSignal.timeout(timeoutMs);
  return pool().run({ format, data, parallelism: requestsBusy() ? "never" : "auto" }, { signal });
}

// For GET /api/health: how many workers the pool may run, and whether it can
// run any (its worker file is there and the pool could be created).
export function pdfPoolStatus(): { workers: number; usable: boolean } {
  try {
    if (!existsSync(pdfWorkerFile(process.cwd()))) return { workers: 0, usable: false };
    return { workers: pool().maxThreads, usable: true };
  } catch (error) {
    rootLog.error({ err: error }, "the PDF worker pool is not usable");
    return { workers: 0, usable: false };
  }
}
