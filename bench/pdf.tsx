// npm run bench:pdf — the requirements PDF at 10/50/150/400 requirements:
// our render (median/p95, pages, bytes) against headless Chromium printing
// the HTML print view of the same data, then autosave p99 against a real
// `next start` with and without four concurrent exports. Needs `npx next build`
// for the autosave part (BENCH_SKIP_SERVER=1 skips it). Writes bench-results/pdf.json.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { countPdfPages } from "@/lib/exports/pdf-meta";
import { sampleDocument, sampleSource } from "@/lib/testing/document-fixture";
import { renderRequirementsPdf } from "@/components/pdf/render";
import { autosaveBenchmark } from "./pdf-autosave";
import { chromiumPdf, launchChromium, printFile, printHtml } from "./pdf-chromium";
import { percentile, round, timed } from "./pdf-stats";

const sizes = (process.env.BENCH_SIZES ?? "10,50,150,400").split(",").map(Number);
const runsFor = (n: number) => Number(process.env.BENCH_RUNS ?? (n >= 400 ? 3 : 7));

type Case = {
  requirements: number;
  medianMs: number;
  p95Ms: number;
  pages: number;
  bytes: number;
  chromiumMedianMs: number;
};

const browser = await launchChromium();
// As in bench:export: the app renders at the lowest CPU priority in its
// worker threads, the PDF's helper included; Chromium, launched above, keeps its own.
try {
  os.setPriority(19);
} catch {
  // Not permitted here: the figures are then at normal priority.
}
const cases: Case[] = [];
try {
  // One throwaway render so the first case does not pay for loading fonts;
  // "always" also starts and warms the PDF's helper thread (render.tsx), as a
  // running app's first long export does.
  await renderRequirementsPdf(sampleDocument(sampleSource(10)), "always");
  for (const n of sizes) {
    const data = sampleDocument(sampleSource(n));
    const html = printFile(printHtml(data));
    const ours: number[] = [];
    // CPU time of this process per render (all its threads, GC included):
    // steadier than wall time on a machine other jobs share.
    const oursCpu: number[] = [];
    const theirs: number[] = [];
    let bytes = new Uint8Array();
    let chromiumPages = 0;
    await chromiumPdf(browser, html); // warm
    await renderRequirementsPdf(data); // warm, as Chromium is
    for (let i = 0; i < runsFor(n); i += 1) {
      const cpu = process.cpuUsage();
      const run = await timed(() => renderRequirementsPdf(data));
      const used = process.cpuUsage(cpu);
      ours.push(run.ms);
      oursCpu.push((used.user + used.system) / 1000);
      bytes = run.value;
      const baseline = await timed(() => chromiumPdf(browser, html));
      theirs.push(baseline.ms);
      chromiumPages = countPdfPages(baseline.value);
    }
    const row: Case = {
      requirements: n,
      medianMs: round(percentile(ours, 50)),
      p95Ms: round(percentile(ours, 95)),
      pages: countPdfPages(bytes),
      bytes: bytes.byteLength,
      chromiumMedianMs: round(percentile(theirs, 50)),
    };
    cases.push(row);
    console.log(
      `${String(n).padStart(3)} requirements: median ${row.medianMs} ms (CPU ${round(percentile(oursCpu, 50))} ms), p95 ${row.p95Ms} ms, ${row.pages} pages, ${row.bytes} bytes | ` +
        `Chromium median ${row.chromiumMedianMs} ms (${chromiumPages} pages) | ours/Chromium ${(row.medianMs / row.chromiumMedianMs).toFixed(2)} (n=${ours.length})`,
    );
  }
} finally {
  await browser.close();
}

let autosaveP99MsIdle = 0;
let autosaveP99MsDuringExports = 0;
if (process.env.BENCH_SKIP_SERVER !== "1") {
  // The server started below would inherit this thread's priority; it runs at the normal one.
  try {
    os.setPriority(0);
  } catch {
    // Not permitted: the server then runs at the lowest priority, as the renders did.
  }
  const autosave = await autosaveBenchmark();
  autosaveP99MsIdle = round(autosave.idle);
  autosaveP99MsDuringExports = round(autosave.during);
  console.log(
    `autosave p99: idle ${autosaveP99MsIdle} ms (n=${autosave.idleCount}), during four exports ${autosaveP99MsDuringExports} ms ` +
      `(n=${autosave.duringCount}), ratio ${(autosave.during / autosave.idle).toFixed(2)}`,
  );
}

mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/pdf.json",
  `${JSON.stringify({ cases, autosaveP99MsIdle, autosaveP99MsDuringExports }, null, 2)}\n`,
);
console.log("wrote bench-results/pdf.json");
