import { describe, expect, it } from "vitest";
import { buildGraph, findCycles, importSpecifiers, nodeOf, readLibFiles, resolveInLib } from "./lib-graph";

describe("lib folder graph", () => {
  it("reads static, re-export, side-effect and dynamic imports", () => {
    const source = [
      'import { a } from "@/lib/a/x";',
      'export { b } from "./b";',
      'import "server-only";',
      'const c = await import("@/lib/c/y");',
      "import type {\n  D,\n} from '@/lib/d/z';",
    ].join("\n");
    expect(importSpecifiers(source)).toEqual(["@/lib/a/x", "./b", "server-only", "@/lib/c/y", "@/lib/d/z"]);
  });

  it("names folders and top-level files", () => {
    expect(nodeOf("drafts/schema.ts")).toBe("drafts");
    expect(nodeOf("catalog/suggestions/juridik.ts")).toBe("catalog");
    expect(nodeOf("vocabulary.ts")).toBe("vocabulary");
    expect(resolveInLib("drafts/schema.ts", "./steps")).toBe("drafts/steps");
    expect(resolveInLib("drafts/schema.ts", "../errors")).toBe("errors");
    expect(resolveInLib("drafts/schema.ts", "zod")).toBeNull();
  });

  it("finds a loop between folders and ignores imports within one", () => {
    const graph = buildGraph([
      { path: "a/one.ts", source: 'import { b } from "@/lib/b/two";\nimport { x } from "./three";' },
      { path: "b/two.ts", source: 'import { c } from "@/lib/c/four";' },
      { path: "c/four.ts", source: 'import { a } from "@/lib/a/one";' },
      { path: "d/five.ts", source: 'import { a } from "@/lib/a/one";' },
    ]);
    expect([...graph.get("a")!]).toEqual(["b"]);
    expect(findCycles(graph)).toEqual([["a", "b", "c"]]);
    graph.get("c")!.delete("a");
    expect(findCycles(graph)).toEqual([]);
  });

  it("has no loop among lib's folders", () => {
    expect(findCycles(buildGraph(readLibFiles(process.cwd())))).toEqual([]);
  });
});
