// The part of fontkit (the font engine @react-pdf/renderer renders with) that
// lib/document/glyphs.ts uses; the package ships no types.
declare module "fontkit" {
  export function openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean };
}
