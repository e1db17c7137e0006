import os from "node:os";
import { Piscina } from "piscina";
import type { DocumentData } from "@/lib/document/types";
import { pdfWorkerFile } from "@/lib/exports/pdf-worker-files";

// One helper thread per rendering thread, for the second half of a long PDF
// (components/pdf/render.tsx). react-pdf lays out and writes on one thread,
// so a 150-requirement document kept one core busy for over a second while
// the other idled; with the document's pages split in two and rendered at
// once, the wait is roughly halved. The helper runs the same worker file as
// the export pool (workers/pdf-worker.mjs), at the same lowest CPU priority,
// so requests still get the CPU first. Whoever renders owns its helper: the
// export pool's worker thread in the app, the process itself in tests and
// bench:export. No server-only import here: this module also loads inside
// those worker threads.

type PartTask = { format: "pdf-part"; data: DocumentData; pages: readonly [number, number] };
type PartResult = { bytes: Uint8Array<ArrayBuffer>; renderMs: number };
type Helper = { pool: Piscina<PartTask, PartResult>; warm: Promise<boolean>; ready: boolean };

const key = Symbol.for("kravlots.pdfPartHelper");
type Holder = typeof globalThis & { [key]?: Helper | null };

// PDF_PARALLEL=0 turns the helper off; so does a machine with one core, where
// two threads would only take turns.
export function partHelperAllowed(): boolean {
  return process.env.PDF_PARALLEL !== "0" && os.availableParallelism() >= 2;
}

// The helper, started on first use. Its first task (the cover of the document
// at hand) loads the renderer and fonts, about a second, during which the
// caller renders alone (`ready` is false until it is done).
export function partHelper(warmWith: DocumentData): Helper | null {
  const holder = globalThis as Holder;
  if (holder[key] !== undefined) return holder[key];
  if (!partHelperAllowed()) return (holder[key] = null);
  const pool = new Piscina<PartTask, PartResult>({
    filename: pdfWorkerFile(process.cwd()),
    minThreads: 1,
    maxThreads: 1,
    idleTimeout: 10 * 60 * 1000,
    // Rendering waits for the helper rather than queueing behind it: one task at a time.
    maxQueue: 4,
  });
  const helper: Helper = { pool, ready: false, warm: Promise.resolve(false) };
  helper.warm = pool.run({ format: "pdf-part", data: warmWith, pages: [0, 1] }).then(
    () => (helper.ready = true),
    () => false,
  );
  holder[key] = helper;
  return helper;
}

export async function renderPartInHelper(
  helper: Helper,
  data: DocumentData,
  pages: readonly [number, number],
): Promise<Uint8Array> {
  const result = await helper.pool.run({ format: "pdf-part", data, pages });
  return result.bytes;
}
