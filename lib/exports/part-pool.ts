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

// A slice [from, to) of the requirements document's <Page>s (components/pdf/document.tsx).
export type PageRange = readonly [number, number];

// How a PDF render may use the helper (components/pdf/render.tsx): "auto" when
// the document is long and the helper warm, "always" whenever there is a second
// core (tests), "never" not at all. The export pool passes "auto" or "never".
export type PdfParallelism = "auto" | "always" | "never";

type PartTask = { format: "pdf-part"; data: DocumentData; pages: PageRange };
type PartResult = { bytes: Uint8Array<ArrayBuffer>; renderMs: number };
type Helper = { pool: Piscina<PartTask, PartResult>; warm: Promise<boolean>; ready: boolean };

const key = Symbol.for("kravlots.pdfPartHelper");
type Holder = typeof globalThis & { [key]?: Helper | null };

// PDF_PARALLEL=0 turns the helper off; so does a machine with one core, where
// two threads would only take turns.
export function partHelperAllowed(): boolean {
  return process.env.PDF_PARALLEL !== "0" && os.availableParallelism() >= 2;
}

// The helper once it exists (startPartHelper); null before that, or when it
// is not allowed here.
export function partHelper(): Helper | null {
  return (globalThis as Holder)[key] ?? null;
}

// Starts the helper and warms it on real work: a fresh thread spends seconds
// loading the renderer (tsx compiles it) and several renders more in V8's
// compiler before it renders at full speed, all of which would otherwise
// land on someone's export. So it warms up by rendering the given pages a few
// times in the background, at the lowest priority, and takes work only once
// `ready`. render.tsx starts it after the first long render has finished.
const warmRenders = 3;

export function startPartHelper(data: DocumentData, pages: PageRange): Helper | null {
  const holder = globalThis as Holder;
  if (holder[key] !== undefined) return holder[key];
  if (!partHelperAllowed()) return (holder[key] = null);
  const pool = new Piscina<PartTask, PartResult>({
    filename: pdfWorkerFile(process.cwd()),
    // One thread, kept warm for as long as the thread that owns it lives.
    minThreads: 1,
    maxThreads: 1,
    maxQueue: warmRenders + 1,
  });
  const helper: Helper = { pool, ready: false, warm: Promise.resolve(false) };
  helper.warm = (async () => {
    for (let i = 0; i < warmRenders; i += 1) await pool.run({ format: "pdf-part", data, pages });
    return (helper.ready = true);
  })().catch(() => false);
  holder[key] = helper;
  return helper;
}

export async function renderPartInHelper(helper: Helper, data: DocumentData, pages: PageRange): Promise<Uint8Array> {
  const result = await helper.pool.run({ format: "pdf-part", data, pages });
  return result.bytes;
}

// After a failed task piscina replaces the thread with a fresh, cold one; the
// next long render goes alone and starts a helper that warms up again.
export function dropPartHelper(): void {
  const holder = globalThis as Holder;
  const helper = holder[key];
  if (!helper) return;
  holder[key] = undefined;
  void helper.pool.destroy().catch(() => undefined);
}
