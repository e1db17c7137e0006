// npm run bench:bundle — first-load JavaScript per route, gzip, from the
// build's own stats (.next/diagnostics/route-bundle-stats.json lists each
// route's first-load chunks; `next build` no longer prints sizes). Each chunk
// is gzipped at level 9 as a server would send it. Prints the wizard steps and
// the largest routes, checks the steps against the budget (180 kB) and writes
// bench-results/bundle.json. Needs a build (npm run build).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const budgetKb = 180;
const steps = ["/drafts/[draftId]/start", "/drafts/[draftId]/[perspective]"];
const stats = JSON.parse(readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8"));

const gzipped = new Map();
function gzipBytes(path) {
  if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzipped.get(path);
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const routes = stats.map((row) => ({
  route: row.route,
  firstLoadKbGzip: kb(row.firstLoadChunkPaths.reduce((sum, path) => sum + gzipBytes(path), 0)),
  firstLoadKbRaw: kb(row.firstLoadUncompressedJsBytes),
  chunks: row.firstLoadChunkPaths.length,
}));
routes.sort((a, b) => b.firstLoadKbGzip - a.firstLoadKbGzip);

const stepRows = routes.filter((row) => steps.includes(row.route));
if (stepRows.length !== steps.length) throw new Error(`wizard steps missing from the build stats: ${steps}`);
for (const row of stepRows) {
  const verdict = row.firstLoadKbGzip <= budgetKb ? "within" : "OVER";
  console.log(
    `${row.route}: ${row.firstLoadKbGzip} kB gzip (${row.firstLoadKbRaw} kB raw) – ${verdict} ${budgetKb} kB`,
  );
}
console.log("Largest routes:");
for (const row of routes.slice(0, 5)) console.log(`  ${row.route}: ${row.firstLoadKbGzip} kB gzip`);

mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/bundle.json", JSON.stringify({ budgetKb, steps: stepRows, routes }, null, 2) + "\n");
if (stepRows.some((row) => row.firstLoadKbGzip > budgetKb)) process.exitCode = 1;
