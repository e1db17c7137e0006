// Two shims on each font object react-pdf renders with (fonts.ts applies them
// once the fonts are loaded). Both touch fontkit 2.0.4 internals, pinned
// exactly in package.json; shimFont returns false when they are missing, and
// fontkit-shims.test.ts fails then.
//
// 1. Per-character lookups answered once per font. react-pdf 4.9's text
//    layout asks fontkit, for every character of every run, whether the font
//    has a glyph (font substitution), maps it to a glyph again (glyph layout),
//    and pdfkit maps it a third time when it writes the run. Each answer is a
//    binary search over the cmap's segments through restructure's lazy
//    arrays, and substitution also reads the `unitsPerEm` getter twice per
//    character. Profiled at 150 requirements these were ≈ 10 % of a render
//    (docs/BENCHMARKS.md). The answers never change for a loaded font, so the
//    cmap lookup gets a memo and `unitsPerEm` becomes a plain value.
//
// 2. Glyphs keep the characters they stand for. fontkit caches one glyph
//    object per glyph id and keeps the characters it was first created with.
//    Writing a subset creates the parts of composite glyphs without any (ä is
//    drawn as a + ¨), so once a document had a bold "ä" but no bold "a", every
//    later document on that thread wrote its bold "a" with no Unicode mapping:
//    drawn, but lost to copy, search and screen readers. Found when a
//    thread's first render was a cover page (render.tsx's helper warming up);
//    the export pool's workers could meet it after any earlier export.

type Glyph = { codePoints: number[] };
type CmapProcessor = { lookup(codePoint: number, variationSelector?: number): number };
type FontkitFont = {
  unitsPerEm: number;
  _cmapProcessor?: CmapProcessor;
  getGlyph(id: number, characters?: number[]): Glyph | null;
};

const shimmed = new WeakSet<object>();

function isFontkitFont(value: unknown): value is FontkitFont {
  if (typeof value !== "object" || value === null) return false;
  const font = value as FontkitFont;
  return (
    typeof font._cmapProcessor?.lookup === "function" &&
    typeof font.unitsPerEm === "number" &&
    typeof font.getGlyph === "function"
  );
}

export function shimFont(font: unknown): boolean {
  if (!isFontkitFont(font)) return false;
  if (shimmed.has(font)) return true;
  // fontkit caches the processor on the instance, so this object is the one
  // every later lookup goes through.
  const processor = font._cmapProcessor!;
  const lookup = processor.lookup.bind(processor);
  const glyphIds = new Map<number, number>();
  processor.lookup = (codePoint, variationSelector) => {
    // Variation sequences are rare and keyed by two values: not memoized.
    if (variationSelector) return lookup(codePoint, variationSelector);
    let id = glyphIds.get(codePoint);
    if (id === undefined) {
      id = lookup(codePoint);
      glyphIds.set(codePoint, id);
    }
    return id;
  };
  Object.defineProperty(font, "unitsPerEm", { value: font.unitsPerEm, enumerable: true });
  // fontkit calls this.getGlyph internally too, so the own property covers
  // layout, glyphForCodePoint and subsetting alike.
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, characters = []) => {
    const glyph = getGlyph(id, characters);
    if (glyph && glyph.codePoints.length === 0 && characters.length > 0) glyph.codePoints = characters;
    return glyph;
  };
  shimmed.add(font);
  return true;
}
