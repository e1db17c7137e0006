import { renderToBuffer } from "@react-pdf/renderer";
import { documentChapters, type DocumentData } from "@/lib/document/types";
import {
  dropPartHelper,
  partHelper,
  renderPartInHelper,
  startPartHelper,
  type PageRange,
  type PdfParallelism,
} from "@/lib/exports/part-pool";
import { loadFonts } from "@/components/pdf/fonts";
import { RequirementsDocument } from "@/components/pdf/document";
import { mergeParts } from "@/components/pdf/merge";
import { pdfSafeData } from "@/components/pdf/sanitize";
import { stampPages } from "@/components/pdf/stamp";

// Renders on the calling thread and blocks it for the whole render: the app
// calls this only inside the worker pool (workers/pdf-worker.mjs); tests and
// the benchmark call it directly.
//
// A long document is rendered in two halves at once: this thread lays out the
// first pages while a helper thread (lib/exports/part-pool.ts) lays out the
// rest, then the halves are joined and numbered (merge.ts, stamp.ts). Page
// breaks do not change, since every chapter starts on a new page anyway.
// "auto" splits when the document is long enough to gain and the helper is
// warm (it starts warming after the first long render); "always" whenever the
// machine has a second core, waiting for the helper (tests); "never" not at all.

// Below about 45 requirements the second thread gains less than joining the
// halves costs (bench:export, docs/BENCHMARKS.md).
const splitFromWeight = 40_000;

export async function renderRequirementsPdf(
  data: DocumentData,
  parallelism: PdfParallelism = "auto",
): Promise<Uint8Array<ArrayBuffer>> {
  await loadFonts();
  const safe = pdfSafeData(data);
  const weights = pageWeights(safe);
  const total = weights.reduce((a, b) => a + b, 0);
  const wanted = parallelism === "always" || (parallelism === "auto" && total >= splitFromWeight);
  const at = splitPoint(weights);
  const second = [at, weights.length] as const;
  let helper = wanted ? partHelper() : null;
  if (wanted && parallelism === "always" && !helper?.ready) {
    helper = startPartHelper(safe, second);
    if (helper) await helper.warm;
  }
  let parts: Uint8Array[];
  if (helper?.ready) {
    const rest = renderPartInHelper(helper, safe, second);
    // The first half renders here meanwhile; a failed helper is replaced by this thread.
    const first = await renderPdfPart(safe, [0, at]);
    parts = [
      first,
      await rest.catch(() => {
        dropPartHelper();
        return renderPdfPart(safe, second);
      }),
    ];
  } else {
    parts = [await renderToBuffer(<RequirementsDocument data={safe} />)];
  }
  const stamped = await stampPages(await mergeParts(parts), safe);
  // The first long document is rendered alone; the helper then warms up on it.
  if (wanted && !helper) startPartHelper(safe, second);
  // A copy typed over a plain ArrayBuffer, transferable and what Prisma's Bytes expects.
  return new Uint8Array(stamped);
}

// The <Page>s [from, to) of the document, unstamped; `data` has been through
// pdfSafeData. The helper thread calls this (workers/pdf-worker.mjs).
export async function renderPdfPart(data: DocumentData, pages: PageRange): Promise<Uint8Array> {
  await loadFonts();
  return renderToBuffer(<RequirementsDocument data={data} pages={pages} />);
}

// What each <Page> of RequirementsDocument costs to lay out, roughly: the
// size of its data. Cover, contents, then documentChapters(data) in order.
export function pageWeights(data: DocumentData): number[] {
  const size = (value: unknown) => JSON.stringify(value).length;
  const chapters = documentChapters(data);
  return [size(data.cover), size(chapters.map((c) => c.heading)), ...chapters.map(size)];
}

// Where to cut the pages in two so the heavier half is as light as possible;
// both halves keep at least one page.
export function splitPoint(weights: number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let best = 1;
  let bestLoad = Infinity;
  let before = 0;
  for (let at = 1; at < weights.length; at += 1) {
    before += weights[at - 1]!;
    const load = Math.max(before, total - before);
    if (load < bestLoad) [best, bestLoad] = [at, load];
  }
  return best;
}
