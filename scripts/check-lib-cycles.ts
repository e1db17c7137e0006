// Part of `npm test`: prints lib's folder graph and fails on a folder-level
// import loop (see scripts/lib-graph.ts and docs/ARCHITECTURE.md).
import { buildGraph, findCycles, readLibFiles } from "./lib-graph";

const graph = buildGraph(readLibFiles(process.cwd()));
const arrows = [...graph].flatMap(([from, targets]) => [...targets].sort().map((to) => `${from} → ${to}`));
console.log(`lib folder graph: ${graph.size} nodes, ${arrows.length} arrows`);
for (const [from, targets] of [...graph].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`  ${from} → ${[...targets].sort().join(", ") || "(nothing)"}`);
}
const cycles = findCycles(graph);
if (cycles.length === 0) {
  console.log("no cycles");
} else {
  for (const component of cycles) console.error(`cycle among lib folders: ${component.join(" ↔ ")}`);
  process.exit(1);
}
