import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requirementCode } from "@/lib/vocabulary";
import { countPdfPages } from "@/lib/exports/pdf-meta";
import { fixtureModels, sampleDocument, sampleRequirements, sampleSource } from "@/lib/testing/document-fixture";
import { renderRequirementsPdf } from "@/components/pdf/render";

// The PDF's words as a reader (or a screen reader) gets them: poppler's
// pdftotext, whitespace collapsed so wrapped lines read as one.
function extractText(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "kravlots-pdf-")), "doc.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

// The second occurrence of a chapter heading is the chapter; the first is its
// line in the table of contents.
function chapterStart(text: string, heading: string): number {
  const first = text.indexOf(heading);
  return text.indexOf(heading, first + heading.length);
}

describe("requirements PDF", () => {
  it("lays out every requirement once, in order, under its perspective, with ska and bör labelled", async () => {
    const source = sampleSource(24);
    // A cited model the catalog does not know is left out of the appendix.
    source.requirements[2]!.modelIds = ["m-gdpr", "m-no-longer-in-catalog"];
    const data = sampleDocument(source);
    const bytes = await renderRequirementsPdf(data);
    const text = extractText(bytes);
    const pages = countPdfPages(bytes);

    const headings = [...data.perspectives.map((p) => p.heading), data.evaluation.heading];
    const starts = headings.map((heading) => chapterStart(text, heading));
    expect(starts.every((start, i) => start > 0 && (i === 0 || start > starts[i - 1]!))).toBe(true);

    data.perspectives.forEach((chapter, index) => {
      const body = text.slice(starts[index], starts[index + 1]);
      let cursor = 0;
      for (const requirement of chapter.groups.flatMap((group) => group.requirements)) {
        const label = requirement.level === "ska" ? "SKA-KRAV" : "BÖR-KRAV";
        const at = body.indexOf(`${requirement.code} ${label}`, cursor);
        expect(at, `${requirement.code} in ${chapter.heading}`).toBeGreaterThanOrEqual(cursor);
        expect(body.indexOf(requirement.text, at)).toBeGreaterThan(at);
        cursor = at + 1;
        expect(count(text, requirement.text), requirement.code).toBe(1);
        if (requirement.level === "bor") expect(body.slice(at, at + 40)).toContain("Vikt 5 %");
      }
    });
    expect(count(text, "SKA-KRAV")).toBe(16);
    expect(count(text, "BÖR-KRAV")).toBe(8);

    // The evaluation chapter lists the bör-krav with their weights and sum.
    const evaluation = text.slice(starts.at(-1), chapterStart(text, data.sources.heading));
    for (const row of data.evaluation.rows) expect(evaluation).toContain(row.code);
    expect(evaluation).toContain("Summa 40 %");
    expect(evaluation).toContain("Vikterna summerar till 40 %");

    // Sources: exactly the cited models, each once.
    const appendix = text.slice(chapterStart(text, data.sources.heading), chapterStart(text, data.glossary.heading));
    const cited = new Set(source.requirements.flatMap((r) => r.modelIds));
    for (const model of fixtureModels) expect(count(appendix, model.name), model.id).toBe(cited.has(model.id) ? 1 : 0);
    expect(appendix).toContain("Används av: JU-1, JU-2");

    // Cover, contents with page numbers, running header and numbered pages.
    expect(text).toContain("Åsa Öberg, asa.oberg@example.se");
    // The introduction (with its procedure section, 1.4) fills pages 3–4.
    expect(text).toMatch(new RegExp(`${data.intro.heading} 3 ${data.perspectives[0]!.heading} 5`));
    expect(text).toContain(`Sida 1 av ${pages}`);
    expect(text).toContain(`Sida ${pages} av ${pages}`);
    expect(count(text, "Sida ")).toBe(pages);
    expect(count(text, data.title)).toBeGreaterThanOrEqual(pages);
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/FontFile2/);
  });

  it("survives Swedish letters, an emoji and a 300-character word", async () => {
    const requirements = sampleRequirements(4);
    const word = "ö".repeat(150) + "x".repeat(150);
    requirements[0]!.text = `Åtgärden ska märkas 🚀 tydligt: ${word} och https://www.example.se/en/mycket/lang/adress?med=parametrar.`;
    const data = sampleDocument(sampleSource(0, { requirements, title: "Ärende 👩‍⚕️ för Åre" }));
    const bytes = await renderRequirementsPdf(data);
    const text = extractText(bytes);
    // Emoji are kept, in Noto Emoji (components/pdf/fonts.ts).
    expect(text).toContain("Åtgärden ska märkas 🚀 tydligt:");
    // The long word wraps in pieces (with hyphens) instead of leaving the page.
    const joined = text.replace(/- /g, "");
    expect(joined).toContain(word);
    expect(text).toMatch(/Ärende 👩\u200D?⚕\uFE0F? för Åre/u);
    expect(text).toContain(`Sida 1 av ${countPdfPages(bytes)}`);
  });

  it("speaks English when the interface does", async () => {
    const data = sampleDocument(sampleSource(2), "en");
    const text = extractText(await renderRequirementsPdf(data));
    expect(text).toContain("Contents");
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain(`${requirementCode("kundnytta", 1)} SKA-KRAV`);
    expect(text).toContain("Appendix A. Sources");
  });
});

describe("requirements PDF with a requirement longer than a page", () => {
  it("loses no text: the block breaks across pages instead of being cut off", async () => {
    // Each field at the editor's 4,000-character limit (found by npm run test:fuzz).
    const field = (marker: string) =>
      `${"Leverantören ska redovisa hur kravet uppfylls i varje del av leveransen. ".repeat(54)}${marker}`;
    const requirements = sampleRequirements(1).map((r) => ({
      ...r,
      text: field("SLUTTEXT"),
      motiv: field("SLUTMOTIV"),
      verifikat: field("SLUTVERIFIKAT"),
      uppfoljning: field("SLUTUPPFOLJNING"),
    }));
    const text = extractText(await renderRequirementsPdf(sampleDocument(sampleSource(0, { requirements }))));
    for (const marker of ["SLUTTEXT", "SLUTMOTIV", "SLUTVERIFIKAT", "SLUTUPPFOLJNING"])
      expect(text.includes(marker), marker).toBe(true);
    // Unbroken, in order: nothing printed over anything else.
    const body = text.slice(text.indexOf("KN-1 SKA-KRAV"));
    expect(body.indexOf("SLUTTEXT")).toBeLessThan(body.indexOf("Motiv:"));
    expect(body.indexOf("SLUTMOTIV")).toBeLessThan(body.indexOf("Verifikat:"));
    expect(body.indexOf("SLUTVERIFIKAT")).toBeLessThan(body.indexOf("Uppföljning:"));
  });
});
