import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDocumentSource } from "@/lib/document/data";
import { createDraft } from "@/lib/drafts/mutations";
import { getMatrixRequirements } from "@/lib/exports/matrix/data";
import { applyMatrixImport } from "@/lib/exports/matrix/mutations";
import { declaredUnzippedBytes, readKravmatris } from "@/lib/exports/matrix/parse";
import { planMatrixImport } from "@/lib/exports/matrix/plan";
import { renderXlsx } from "@/lib/exports/xlsx/render";
import { createRequirement } from "@/lib/requirements/mutations";
import { createTestUser } from "@/lib/testing/factories";
import { sampleDocument } from "@/lib/testing/document-fixture";

const values = { motiv: "Motiv.", verifikat: "Demonstration.", uppfoljning: "" };

async function draftWithMatrix() {
  const owner = await createTestUser("Åsa Öberg");
  const { id: draftId } = await createDraft(owner.id);
  const add = (
    perspective: "kundnytta" | "juridik",
    text: string,
    level: "ska" | "bor",
    kravtyp: string,
    weight?: number,
  ) => createRequirement(owner.id, draftId, perspective, { ...values, text, level, kravtyp, weight } as never);
  await add("kundnytta", "Tjänsten ska fungera med skärmläsare.", "ska", "KF");
  await add("kundnytta", "Korta svarstider för invånaren.", "bor", "TK", 60);
  await add("juridik", "Leverantören ska teckna personuppgiftsbiträdesavtal.", "ska", "AV");
  await add("juridik", "Beställaren gör en konsekvensbedömning.", "ska", "IN");
  const source = await getDocumentSource(owner.id, draftId);
  const bytes = await renderXlsx(sampleDocument(source!));
  return { owner, draftId, bytes };
}

async function edit(bytes: Uint8Array, change: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  change(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
const problem = async (bytes: Uint8Array) => {
  const read = await readKravmatris(bytes);
  return read.ok ? null : read.problem;
};

describe("importing the Excel kravmatris back into its draft", () => {
  it("reads its own export unchanged: nothing to do, IN requirements kept", async () => {
    const { owner, draftId, bytes } = await draftWithMatrix();
    const read = await readKravmatris(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.value.map((r) => r.code)).toEqual(["KN-1", "JU-1", "KN-2"]);
    const current = await getMatrixRequirements(owner.id, draftId);
    if (!current.ok) throw new Error(current.reason);
    expect(planMatrixImport(current.data.requirements, read.value)).toEqual({
      updates: [],
      additions: [],
      unchanged: 3,
      notInFile: 1,
    });
  });

  it("previews, then applies edited texts, a new weight and a new row in one revision", async () => {
    const { owner, draftId, bytes } = await draftWithMatrix();
    const edited = await edit(bytes, (book) => {
      const ska = book.getWorksheet("Ska-krav")!;
      ska.getCell(4, 5).value = "Tjänsten ska fungera med skärmläsare och förstoring.";
      ska.addRow(["", "Juridik", "KF", "", "Avtalet ska följa svensk lag.", "Granskning."]);
      book.getWorksheet("Bör-krav")!.getCell(4, 7).value = 80;
    });
    const read = await readKravmatris(edited);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const current = await getMatrixRequirements(owner.id, draftId);
    if (!current.ok) throw new Error(current.reason);
    const plan = planMatrixImport(current.data.requirements, read.value);
    expect(plan.updates.map((u) => [u.code, u.changes.map((c) => `${c.field}: ${c.before} → ${c.after}`)])).toEqual([
      ["KN-1", ["text: Tjänsten ska fungera med skärmläsare. → Tjänsten ska fungera med skärmläsare och förstoring."]],
      ["KN-2", ["weight: 60 → 80"]],
    ]);
    expect(plan.additions).toMatchObject([{ perspective: "juridik", text: "Avtalet ska följa svensk lag." }]);

    const applied = await applyMatrixImport(owner.id, draftId, current.data.version, read.value);
    expect(applied).toEqual({ ok: true, data: { version: current.data.version + 1, updated: 2, added: 1 } });
    const rows = await db.requirement.findMany({
      where: { draftId },
      orderBy: [{ perspective: "asc" }, { number: "asc" }],
    });
    expect(rows.map((r) => `${r.perspective}-${r.number} ${r.weight ?? ""} ${r.text}`)).toEqual([
      "juridik-1  Leverantören ska teckna personuppgiftsbiträdesavtal.",
      "juridik-2  Beställaren gör en konsekvensbedömning.",
      "juridik-3  Avtalet ska följa svensk lag.",
      "kundnytta-1  Tjänsten ska fungera med skärmläsare och förstoring.",
      "kundnytta-2 80 Korta svarstider för invånaren.",
    ]);
    // The preview was made against the old version: applying it again is a conflict and writes nothing.
    expect(await applyMatrixImport(owner.id, draftId, current.data.version, read.value)).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(await db.requirement.count({ where: { draftId } })).toBe(5);
  });

  it("refuses hostile or foreign files with a named problem", async () => {
    const { bytes } = await draftWithMatrix();
    expect(await problem(new Uint8Array(11 * 1024 * 1024))).toEqual({ key: "tooLarge" });
    expect(await problem(new TextEncoder().encode("ID;Kravtext\nKN-1;x"))).toEqual({ key: "notKravmatris" });
    expect(await problem(await edit(bytes, (b) => void (b.keywords = "kravlots-kravmatris/2")))).toEqual({
      key: "formatVersion",
      where: "2",
    });
    expect(await problem(await edit(bytes, (b) => void (b.keywords = "")))).toEqual({ key: "notKravmatris" });
    const renamed = await edit(bytes, (b) => void (b.getWorksheet("Ska-krav")!.getCell(3, 5).value = "Hemligt"));
    expect(await problem(renamed)).toEqual({ key: "unknownField", where: 'Ska-krav kolumn 5: "Hemligt"' });
    const markup = await edit(bytes, (b) => void (b.getWorksheet("Ska-krav")!.getCell(5, 6).value = "<img src=x>"));
    expect(await problem(markup)).toEqual({ key: "markup", where: "Ska-krav rad 5" });
    const twice = await edit(bytes, (b) => void (b.getWorksheet("Ska-krav")!.getCell(5, 1).value = "KN-1"));
    expect(await problem(twice)).toEqual({ key: "duplicateCode", where: "KN-1" });
  });

  it("refuses 20,000 rows", { timeout: 120_000 }, async () => {
    const { bytes } = await draftWithMatrix();
    const many = await edit(bytes, (b) => {
      const ws = b.getWorksheet("Ska-krav")!;
      for (let i = 0; i < 20_000; i++) ws.addRow(["", "Kundnytta", "KF", "", `Krav ${i}`, ""]);
    });
    expect(await problem(many)).toEqual({ key: "tooManyRequirements", where: "20003" });
  });

  it("reads the declared unzipped size before inflating anything", async () => {
    const { bytes } = await draftWithMatrix();
    expect(declaredUnzippedBytes(bytes)).toBeGreaterThan(bytes.byteLength);
    expect(declaredUnzippedBytes(new Uint8Array(100))).toBeNull();
  });
});
