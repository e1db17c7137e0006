import { describe, expect, it } from "vitest";
import { renderDocx } from "@/lib/exports/docx/render";
import { renderXlsx } from "@/lib/exports/xlsx/render";
import { convertToPdfText, libreofficeSkipReason } from "@/lib/testing/libreoffice";
import { sampleDocument, sampleRequirements, sampleSource, withInternal } from "@/lib/testing/document-fixture";

const skip = libreofficeSkipReason();
const data = sampleDocument(sampleSource(0, { requirements: withInternal(sampleRequirements(20), 2) }));
const squash = (text: string) => text.replace(/\s+/g, " ");

// A file Word and Excel would repair is usually one LibreOffice fails to
// convert or converts empty: both must come out whole.
describe.skipIf(skip !== null)(`LibreOffice opens our files${skip ? ` (skipped: ${skip})` : ""}`, () => {
  it("converts the Word document without error, with its chapters and requirements", async () => {
    const { text, pages } = convertToPdfText(await renderDocx(data), "docx");
    const flat = squash(text);
    expect(pages).toBeGreaterThan(5);
    for (const heading of ["1 Inledning", "2 Kundnytta", "6 Utvärdering", data.sources.heading, data.glossary.heading])
      expect(flat).toContain(heading);
    expect(flat).toContain("KN-1");
    expect(flat).toMatch(/Sida 2 av \d+/);
    expect(flat).not.toContain("Beställaren ska själv");
  }, 200_000);

  it("converts the Excel kravmatris without error, with its sheets' rows", async () => {
    const { text, pages } = convertToPdfText(await renderXlsx(data), "xlsx");
    const flat = squash(text);
    expect(pages).toBeGreaterThan(0);
    expect(flat).toContain("Uppfylls");
    expect(flat).toContain("Hänvisning i anbudet");
    expect(flat).toContain("KN-1");
    expect(flat).toContain("Summa");
    expect(flat).not.toContain("Beställaren ska själv");
  }, 200_000);
});
