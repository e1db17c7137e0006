import "server-only";
import { randomUUID } from "node:crypto";
import os from "node:os";
import type { ChecklistData } from "@/lib/document/checklist";
import type { DocumentData } from "@/lib/document/types";
import type { ExportFormat } from "@/lib/exports/formats";
import { completeExport, failExport } from "@/lib/exports/mutations";
import { renderInWorker } from "@/lib/exports/pool";
import {
  claimExport,
  failAbandonedExports,
  maxAttempts,
  releaseForRetry,
  renewLease,
  type ClaimedExport,
} from "@/lib/exports/queue/mutations";
import { rootLog } from "@/lib/log";

// Takes pending exports from the database and renders them in this process's
// worker pool. Every app instance runs one; the lease (renewed while a render
// runs) is what lets another instance pick a job up when this one dies, so
// nothing depends on the process that accepted the export staying alive.
export type Renderer = (
  format: ExportFormat,
  data: DocumentData | ChecklistData,
) => Promise<{ bytes: Uint8Array<ArrayBuffer>; renderMs: number }>;

export type WorkerOptions = {
  owner?: string;
  // A job whose holder has not renewed for this long is taken by another.
  leaseMs?: number;
  // How often an idle worker looks for jobs other instances accepted.
  pollMs?: number;
  concurrency?: number;
  render?: Renderer;
};

export type ExportWorker = { wake(): void; stop(): void; idle(): Promise<void>; readonly owner: string };

// Waits after a failed attempt: the first retry soon, the next later.
export const retryDelayMs = (attempts: number) => (attempts <= 1 ? 5_000 : 30_000);

export function createExportWorker(options: WorkerOptions = {}): ExportWorker {
  const owner = options.owner ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = options.leaseMs ?? 15_000;
  // As many jobs at once as the pool has threads (lib/exports/pool.ts).
  const concurrency =
    options.concurrency ?? Number(process.env.PDF_WORKERS ?? Math.max(1, os.availableParallelism() - 1));
  const render: Renderer = options.render ?? ((format, data) => renderInWorker(format, data));
  const running = new Set<Promise<void>>();
  let scanning: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  async function run(job: ClaimedExport): Promise<void> {
    const log = rootLog.child({ exportId: job.id, attempt: job.attempts, owner });
    const heartbeat = setInterval(() => {
      renewLease(job.id, owner, leaseMs).catch((err: unknown) => log.warn({ err }, "export lease renewal failed"));
    }, leaseMs / 3);
    heartbeat.unref();
    try {
      const { bytes, renderMs } = await render(job.format, job.snapshot as unknown as DocumentData | ChecklistData);
      await completeExport(job.id, bytes, renderMs);
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
      if (job.attempts >= maxAttempts) {
        log.error({ err: error }, "export failed on its last attempt");
        await failExport(job.id, timedOut ? "timeout" : "render_failed");
      } else {
        log.warn({ err: error }, "export attempt failed; it will be retried");
        await releaseForRetry(job.id, owner, new Date(Date.now() + retryDelayMs(job.attempts)));
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function scan(): Promise<void> {
    do {
      again = false;
      await failAbandonedExports();
      while (!stopped && running.size < concurrency) {
        const job = await claimExport(owner, leaseMs);
        if (!job) break;
        const task: Promise<void> = run(job)
          .catch((err: unknown) => rootLog.error({ err, exportId: job.id }, "export worker could not settle a job"))
          .finally(() => {
            running.delete(task);
            wake();
          });
        running.add(task);
      }
    } while (again && !stopped);
  }

  function wake(): void {
    if (stopped) return;
    if (scanning) {
      again = true;
      return;
    }
    scanning = scan()
      .catch((err: unknown) => rootLog.error({ err }, "export queue scan failed"))
      .finally(() => {
        scanning = null;
      });
  }

  const poll = setInterval(wake, options.pollMs ?? 2_000);
  poll.unref();

  return {
    owner,
    wake,
    stop() {
      stopped = true;
      clearInterval(poll);
    },
    // Until no scan and no render of this worker is running (tests).
    async idle() {
      while (scanning || running.size > 0) await Promise.all([scanning, ...running]);
    },
  };
}

const globalForWorker = globalThis as unknown as { kravlotsExportWorker?: ExportWorker };

// The process's one worker, started on first use or by instrumentation.ts at
// server start (so jobs left by a crashed instance are picked up even if
// nobody exports anything new).
export function exportWorker(): ExportWorker {
  globalForWorker.kravlotsExportWorker ??= createExportWorker();
  return globalForWorker.kravlotsExportWorker;
}
