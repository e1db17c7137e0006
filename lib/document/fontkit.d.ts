// The part of fontkit (the font engine @react-pdf/renderer renders with) that
// lib/document/glyphs.ts and components/pdf/font-file.test.ts use; the package ships no types.
declare module "fontkit" {
  export function openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean };
  export function create(buffer: Uint8Array): unknown;
}
