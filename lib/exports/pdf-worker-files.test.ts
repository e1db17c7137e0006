import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  pdfPartRendererExport,
  pdfRendererExport,
  pdfRendererFile,
  pdfWorkerFile,
} from "@/lib/exports/pdf-worker-files";

describe("the PDF worker's files", () => {
  it("exist, and the renderer exports what the worker calls", async () => {
    const root = process.cwd();
    expect(existsSync(pdfWorkerFile(root))).toBe(true);
    expect(existsSync(pdfRendererFile(root))).toBe(true);
    const renderer = (await import(pdfRendererFile(root))) as Record<string, unknown>;
    expect(typeof renderer[pdfRendererExport]).toBe("function");
    expect(typeof renderer[pdfPartRendererExport]).toBe("function");
  });
});
