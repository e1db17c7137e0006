import { withoutMissingGlyphs } from "@/lib/document/glyphs";

// Characters none of the PDF's fonts has (CJK, Hebrew, Devanagari …) would be
// drawn as empty boxes or stray glyphs over the next letters. The PDF leaves
// them out; the export page names the requirements that hold them before
// rendering (missingGlyphs), and the stored snapshot, Word, Excel and the
// print view keep the original text.
// Two astral characters in a row (😀😀, a flag's two letters) lose the second
// glyph in react-pdf 4.9's text layout; a zero-width space between them keeps both.
const astralPair = /([\uD800-\uDBFF][\uDC00-\uDFFF])(?=[\uD800-\uDBFF])/g;

export function pdfSafe(text: string): string {
  return withoutMissingGlyphs(text).replace(astralPair, "$1\u200B");
}

export function pdfSafeData<T>(value: T): T {
  if (typeof value === "string") return pdfSafe(value) as T;
  if (Array.isArray(value)) return (value as unknown[]).map((item) => pdfSafeData(item)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, pdfSafeData<unknown>(item)]),
    ) as T;
  }
  return value;
}
