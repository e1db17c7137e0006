// The folder-level import graph of lib/: one node per folder (lib/drafts/**)
// or top-level file (lib/errors.ts → "errors"), one arrow per folder that
// imports another. A loop between folders means neither can be read, moved or
// tested without the other, so scripts/check-lib-cycles.ts fails on one.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Graph = Map<string, Set<string>>;

// Static imports and re-exports, side-effect imports and dynamic import().
const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(importPattern)].map((match) => match[1] ?? "");
}

// lib-relative path ("drafts/schema.ts") → node name ("drafts"); top-level files are their own node.
export function nodeOf(libPath: string): string {
  const [first, ...rest] = libPath.split("/");
  return rest.length > 0 ? (first ?? "") : (first ?? "").replace(/\.(ts|tsx)$/, "");
}

// An import specifier seen from a lib file → the lib-relative path it names, or null outside lib.
export function resolveInLib(fromLibPath: string, specifier: string): string | null {
  if (specifier.startsWith("@/lib/")) return specifier.slice("@/lib/".length);
  if (specifier.startsWith(".")) {
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(fromLibPath), specifier));
    return resolved.startsWith("..") ? null : resolved;
  }
  return null;
}

// Test files (*.test.ts, *.fuzz.ts) are left out: a test may reach across folders (fixtures in lib/testing) without the code doing so.
export function buildGraph(files: { path: string; source: string }[]): Graph {
  const graph: Graph = new Map();
  for (const file of files) {
    const from = nodeOf(file.path);
    const arrows = graph.get(from) ?? new Set<string>();
    graph.set(from, arrows);
    for (const specifier of importSpecifiers(file.source)) {
      const target = resolveInLib(file.path, specifier);
      if (target === null) continue;
      const to = nodeOf(target);
      if (to !== from) arrows.add(to);
    }
  }
  return graph;
}

// Tarjan's strongly connected components; every component of two or more nodes holds a loop.
export function findCycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components;
}

export function readLibFiles(root: string): { path: string; source: string }[] {
  const libRoot = path.join(root, "lib");
  const entries = readdirSync(libRoot, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !/\.(test|fuzz)\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(libRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((libPath) => !libPath.startsWith("generated/"))
    .sort()
    .map((libPath) => ({ path: libPath, source: readFileSync(path.join(libRoot, libPath), "utf8") }));
}
