// npm run bench:pdf — render time of the requirements PDF in this process.
// Prints the first render after import (font loading and JIT warm-up) and the
// median/p95/max of warm renders, with page count and size.
import { performance } from "node:perf_hooks";
import { toDocumentData } from "@/lib/drafts/pdf-data";
import { countPdfPages } from "@/lib/exports/pdf-meta";
import { testLabels } from "@/lib/testing/pdf-labels";
import { sampleStart } from "@/lib/testing/sample-start";
import { renderRequirementsPdf } from "@/components/pdf/render";

const runs = Number(process.env.BENCH_RUNS ?? 30);

const { title, ...context } = sampleStart;
const data = toDocumentData({ title, version: 3, context }, testLabels, { lang: "sv", formattedDate: "25 november 2026" });

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

async function timed(): Promise<{ ms: number; bytes: Uint8Array }> {
  const start = performance.now();
  const bytes = await renderRequirementsPdf(data);
  return { ms: performance.now() - start, bytes };
}

const cold = await timed();
const warm: number[] = [];
for (let i = 0; i < runs; i += 1) warm.push((await timed()).ms);
warm.sort((a, b) => a - b);

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`one-section document: ${countPdfPages(cold.bytes)} page(s), ${cold.bytes.byteLength} bytes`);
console.log(`cold first render   : ${fmt(cold.ms)}`);
console.log(`warm renders (n=${runs}): median ${fmt(percentile(warm, 50))}, p95 ${fmt(percentile(warm, 95))}, max ${fmt(warm.at(-1) ?? NaN)}`);
