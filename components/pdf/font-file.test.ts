import { readFileSync } from "node:fs";
import path from "node:path";
import { create } from "fontkit";
import { describe, expect, it } from "vitest";
import { layoutFreeFont } from "@/components/pdf/font-file";
import { noFeatures } from "@/components/pdf/styles";
import { pdfFontFamilies, pdfFontWeights } from "@/lib/document/glyphs";

type LaidOut = { glyphs: { id: number }[]; positions: { xAdvance: number }[] };
type TestFont = {
  directory: { tables: Record<string, unknown> };
  postscriptName: string;
  familyName: string;
  head: { checkSumAdjustment: number };
  name: { records: object };
  layout(text: string, features?: Record<string, boolean>): LaidOut;
};

const inter = pdfFontFamilies.find((family) => family.family === "Inter")!;
const open = (file: Uint8Array) => create(file) as TestFont;
const sample = "Leverantören ska säkerställa ÅÄÖ åäö é ü ß – “citat” Ελληνικά Кириллица fi fl 1/2 https://a.se/x?y=1";

describe("layoutFreeFont", () => {
  for (const name of Object.values(pdfFontWeights)) {
    it(`keeps every glyph and advance of Inter ${name} without its layout tables and long names`, () => {
      const file = readFileSync(path.join(inter.dir, inter.file(name)));
      const original = open(file);
      const lean = open(Buffer.from(layoutFreeFont(file)));
      expect(Object.keys(lean.directory.tables)).not.toContain("GSUB");
      expect(Object.keys(lean.directory.tables)).not.toContain("GPOS");
      expect(lean.postscriptName).toBe(original.postscriptName);
      expect(lean.familyName).toBe(original.familyName);
      expect(lean.head.checkSumAdjustment).toBe(original.head.checkSumAdjustment);
      expect(JSON.stringify(lean.name.records).length).toBeLessThan(300);
      const before = original.layout(sample, noFeatures);
      const after = lean.layout(sample, {});
      expect(after.glyphs.map((glyph) => glyph.id)).toEqual(before.glyphs.map((glyph) => glyph.id));
      expect(after.positions.map((p) => p.xAdvance)).toEqual(before.positions.map((p) => p.xAdvance));
    });
  }
});
