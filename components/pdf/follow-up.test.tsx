import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { renderDocx } from "@/lib/exports/docx/render";
import { renderXlsx } from "@/lib/exports/xlsx/render";
import { buildFollowUpPlan } from "@/lib/followup/plan";
import { ooxmlParts, wordParagraphs } from "@/lib/testing/ooxml";
import { sampleDocument, sampleRequirements, sampleSource, withInternal } from "@/lib/testing/document-fixture";
import { renderRequirementsPdf } from "@/components/pdf/render";

// The uppföljningsplan in every document format, from one plan: the PDF
// (read back with pdftotext), Word and its own Excel sheet.
const requirements = withInternal(sampleRequirements(6), 1).map((r, i) => ({ ...r, id: `r${i}` }));
requirements[0]!.uppfoljning = "Stickprov vid leverans.";
requirements[1]!.uppfoljning = "";
const followUp = buildFollowUpPlan(requirements, []);
const data = sampleDocument(sampleSource(0, { requirements, followUp }));
const internalCode = followUp.find((item) => item.requirementId === "r6")?.code;

describe("the uppföljningsplan in the document", () => {
  it("lists every bidder-facing requirement with an uppföljning, with when and who in words", () => {
    const f = data.followUp!;
    expect(f.heading).toBe("7 Uppföljningsplan");
    expect(internalCode).toBeDefined();
    expect(f.rows.map((r) => r.code)).not.toContain(internalCode);
    expect(f.rows).toHaveLength(5);
    expect(f.rows[0]).toMatchObject({ code: "KN-1", how: "Stickprov vid leverans.", timing: "Vid leverans" });
    expect(f.rows.every((r) => r.role !== "" && !r.role.includes("."))).toBe(true);
  });

  it("is a chapter of the PDF and of the Word document", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "kravlots-pdf-")), "doc.pdf");
    writeFileSync(file, await renderRequirementsPdf(data));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    // Once in the contents, once as the chapter.
    expect(text.split("7 Uppföljningsplan").length - 1).toBe(2);
    expect(text).toContain("Stickprov vid leverans.");

    const parts = ooxmlParts(await renderDocx(data));
    const texts = wordParagraphs(parts["word/document.xml"]!).map((p) => p.text);
    expect(texts).toContain("7 Uppföljningsplan");
    expect(texts).toContain("Stickprov vid leverans.");
  });

  it("is its own Excel sheet with a row per item and columns to record it done", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await renderXlsx(data)) as unknown as ArrayBuffer);
    const ws = book.getWorksheet("Uppföljningsplan")!;
    expect(ws.getRow(3).values).toEqual([
      undefined,
      "Krav",
      "Vad följs upp",
      "Hur",
      "När",
      "Vem",
      "Utförd datum",
      "Anteckning",
    ]);
    expect(ws.getCell(4, 1).value).toBe("KN-1");
    expect(ws.getCell(4, 3).value).toBe("Stickprov vid leverans.");
    expect(ws.rowCount).toBe(3 + 5);
  });
});
