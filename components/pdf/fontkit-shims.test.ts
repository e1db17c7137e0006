import { readFileSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { create } from "fontkit";
import { describe, expect, it } from "vitest";
import { shimFont } from "@/components/pdf/fontkit-shims";
import { loadFonts } from "@/components/pdf/fonts";
import { pdfFontFamilies, pdfFontWeights } from "@/lib/document/glyphs";

type TestFont = {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { id: number; codePoints: number[] };
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
  layout(text: string): { glyphs: { id: number }[]; positions: object[] };
};

const open = (family: (typeof pdfFontFamilies)[number]) =>
  create(readFileSync(path.join(family.dir, family.file(pdfFontWeights[400])))) as TestFont;

// Latin, Greek, Cyrillic, Arabic, punctuation and symbols, and astral code
// points (emoji) that need surrogate pairs.
const codePoints = [
  ...Array.from({ length: 0x2200 }, (_, i) => i),
  ...Array.from({ length: 0x300 }, (_, i) => 0x1f300 + i),
];
const sample = "Åtgärd ska verifieras – ΑΒΓ Привет مرحبا 🚀 ﬁ";

describe("shimFont", () => {
  it.each(pdfFontFamilies.map((family) => [family.family, family] as const))(
    "%s answers every lookup as the unshimmed font does, twice over",
    (_name, family) => {
      const plain = open(family);
      const shimmed = open(family);
      expect(shimFont(shimmed)).toBe(true);
      for (let round = 0; round < 2; round += 1) {
        for (const cp of codePoints) {
          expect(shimmed.hasGlyphForCodePoint(cp)).toBe(plain.hasGlyphForCodePoint(cp));
          expect(shimmed.glyphForCodePoint(cp).id).toBe(plain.glyphForCodePoint(cp).id);
        }
        const a = plain.layout(sample);
        const b = shimmed.layout(sample);
        expect(b.glyphs.map((g) => g.id)).toEqual(a.glyphs.map((g) => g.id));
        expect(b.positions).toEqual(a.positions);
      }
      expect(shimmed.unitsPerEm).toBe(plain.unitsPerEm);
    },
  );

  it("keeps a glyph's characters when a subset created it first as part of a composite (a in ä)", () => {
    const inter = pdfFontFamilies[0];
    const fonts = [open(inter), open(inter)];
    shimFont(fonts[1]);
    const [plain, shimmed] = fonts.map((font) => {
      // Writing a subset with ä creates its parts, a among them, with no characters.
      const subset = font.createSubset();
      subset.includeGlyph(font.glyphForCodePoint(0xe4).id);
      subset.encode();
      return font.glyphForCodePoint(0x61).codePoints;
    });
    expect(plain, "fontkit itself forgets them; if this changes, the shim can go").toEqual([]);
    expect(shimmed).toEqual([0x61]);
  });

  it("refuses what is not a fontkit font, so a changed fontkit is noticed", () => {
    expect(shimFont(null)).toBe(false);
    expect(shimFont({ unitsPerEm: 1000 })).toBe(false);
    expect(shimFont({ _cmapProcessor: {}, unitsPerEm: 1000 })).toBe(false);
    expect(shimFont({ _cmapProcessor: { lookup: () => 0 }, unitsPerEm: 1000 })).toBe(false);
  });

  it("is in front of every face react-pdf renders with once the fonts are loaded", async () => {
    await loadFonts();
    for (const family of pdfFontFamilies) {
      for (const weight of Object.keys(pdfFontWeights)) {
        const font = Font.getFont({ fontFamily: family.family, fontWeight: Number(weight) }).data as object;
        // An own, plain unitsPerEm is the shims' mark (fontkit's is a getter on the prototype).
        expect(
          Object.getOwnPropertyDescriptor(font, "unitsPerEm")?.value,
          `${family.family} ${weight}`,
        ).toBeGreaterThan(0);
        expect(Object.hasOwn((font as { _cmapProcessor: object })._cmapProcessor, "lookup")).toBe(true);
      }
    }
  });
});
