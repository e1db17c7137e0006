import { execFileSync } from "node:child_process";

// Reads a PDF the way a person would see its words (poppler's pdftotext).
export function pdfText(file: string): string {
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}
