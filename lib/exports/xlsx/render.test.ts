import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { renderXlsx } from "@/lib/exports/xlsx/render";
import { sampleDocument, sampleRequirements, sampleSource, withInternal } from "@/lib/testing/document-fixture";

const source = sampleSource(0, { requirements: withInternal(sampleRequirements(30), 3) });
const data = sampleDocument(source);

async function readBack(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

const column = (ws: ExcelJS.Worksheet, col: number, from = 4) => {
  const values: unknown[] = [];
  for (let r = from; r <= ws.rowCount; r += 1) values.push(ws.getCell(r, col).value);
  return values;
};

describe("the Excel kravmatris", async () => {
  const book = await readBack(await renderXlsx(data));
  const [ska, bor, sources] = book.worksheets;

  it("has a ska-krav sheet with one row per bidder-facing ska-krav, and no internal requirement", () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual(["Ska-krav", "Bör-krav", "Källor", "Uppföljningsplan"]);
    expect(ska!.getRow(3).values).toEqual([
      undefined,
      "ID",
      "Perspektiv",
      "Kravtyp",
      "Titel",
      "Kravtext",
      "Verifikat",
      "Uppfylls (Ja/Nej)",
      "Hänvisning i anbudet",
      "Kommentar",
    ]);
    const expected = source.requirements.filter((r) => r.kravtyp !== "IN" && r.level === "ska");
    const texts = column(ska!, 5);
    expect(texts).toHaveLength(expected.length);
    expect(new Set(texts)).toEqual(new Set(expected.map((r) => r.text)));
    expect(column(ska!, 3).every((k) => k !== "IN")).toBe(true);
    expect(ska!.getCell(4, 2).value).toBe("Kundnytta");
    expect(ska!.getCell(4, 6).value).toBe(expected[0]!.verifikat);
  });

  it("offers Ja/Nej as a dropdown, unlocks only the bidder's columns and protects the rest", () => {
    const validation = ska!.getCell(4, 7).dataValidation;
    expect(validation).toMatchObject({ type: "list", formulae: ['"Ja,Nej"'], showErrorMessage: true });
    expect(ska!.getCell(4, 7).protection?.locked).toBe(false);
    expect(ska!.getCell(4, 8).protection?.locked).toBe(false);
    expect(ska!.getCell(4, 5).protection?.locked).not.toBe(false);
    expect(ska!.getCell(4, 1).protection?.locked).not.toBe(false);
    expect(ska!.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ska!.pageSetup).toMatchObject({ orientation: "landscape", printTitlesRow: "3:3" });
    expect(ska!.autoFilter).toBeTruthy();
    expect(ska!.getCell(4, 5).alignment?.wrapText).toBe(true);
  });

  it("weighs bör-krav with a score formula per row and a total", () => {
    const expected = source.requirements.filter((r) => r.kravtyp !== "IN" && r.level === "bor");
    const last = 3 + expected.length;
    expect(bor!.getCell(3, 9).value).toBe("Viktad poäng");
    expect(bor!.getCell(4, 7).value).toBe(5);
    expect(bor!.getCell(4, 9).value).toMatchObject({ formula: 'IF(ISNUMBER(H4),G4*H4/5,"")' });
    expect(bor!.getCell(4, 8).dataValidation).toMatchObject({ type: "whole", formulae: [0, 5] });
    expect(bor!.getCell(last + 1, 1).value).toBe("Summa");
    expect(bor!.getCell(last + 1, 7).value).toMatchObject({ formula: `SUM(G4:G${last})` });
    expect(bor!.getCell(last + 1, 9).value).toMatchObject({ formula: `SUM(I4:I${last})` });
  });

  it("lists the cited sources with links", () => {
    expect(column(sources!, 1)).toEqual(data.sources.models.map((m) => m.name));
    expect(sources!.getCell(4, 4).value).toMatchObject({ hyperlink: data.sources.models[0]!.url });
    expect(sources!.getCell(3, 6).value).toBe("Kontrollerad");
    expect(column(sources!, 6)).toEqual(data.sources.models.map((m) => m.status.join("\n")));
    expect(sources!.getCell(4, 6).text).toMatch(/^(Kontrollerad \d{4}-\d{2}-\d{2}|Inte kontrollerad)/);
  });

  it("keeps markup and formula-like text as plain text", async () => {
    const hostile = sampleSource(0, {
      requirements: sampleRequirements(1).map((r) => ({
        ...r,
        text: '=HYPERLINK("http://x","klicka") <b>\u0002 🚀 مرحبا',
      })),
    });
    const back = await readBack(await renderXlsx(sampleDocument(hostile)));
    expect(back.worksheets[0]!.getCell(4, 5).value).toBe('=HYPERLINK("http://x","klicka") <b> 🚀 مرحبا');
  });
});
