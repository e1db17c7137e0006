import { describe, expect, it } from "vitest";
import { renderDocx } from "@/lib/exports/docx/render";
import { ooxmlParts, wordParagraphs } from "@/lib/testing/ooxml";
import { sampleDocument, sampleRequirements, sampleSource, withInternal } from "@/lib/testing/document-fixture";

const source = sampleSource(0, { requirements: withInternal(sampleRequirements(40), 3) });
const data = sampleDocument(source);

describe("the Word document", async () => {
  const parts = ooxmlParts(await renderDocx(data));
  const paragraphs = wordParagraphs(parts["word/document.xml"]!);
  const texts = paragraphs.map((p) => p.text);
  const count = (text: string) => texts.filter((t) => t === text).length;

  it("holds every bidder-facing requirement exactly once and no internal one", () => {
    const bidder = source.requirements.filter((r) => r.kravtyp !== "IN");
    expect(bidder).toHaveLength(40);
    for (const r of bidder) expect(count(r.text), r.text).toBe(1);
    const codes = data.perspectives.flatMap((p) => p.groups.flatMap((g) => g.requirements.map((r) => r.code)));
    expect(codes).toHaveLength(40);
    // Each ID heads its block once; bör-krav appear once more in the evaluation table.
    const bor = new Set(data.evaluation.rows.map((r) => r.code));
    for (const code of codes) expect(count(code), code).toBe(bor.has(code) ? 2 : 1);
    expect(parts["word/document.xml"]).not.toContain("Beställaren ska själv");
    expect(texts.some((t) => /-90\d$/.test(t))).toBe(false);
  });

  it("marks chapters as Word heading styles, so the navigation pane and the contents find them", () => {
    const headings = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(headings("Heading1")).toEqual([
      "1 Inledning",
      "2 Kundnytta",
      "3 Juridik",
      "4 Arbetsmiljö",
      "5 Organisation",
      "6 Utvärdering",
      "7 Uppföljningsplan",
      data.sources.heading,
      data.glossary.heading,
    ]);
    expect(headings("Heading2")).toContain("2.2 Krav");
    expect(headings("Heading3")).toContain("Krav på föremålet (KF)");
    expect(parts["word/styles.xml"]).toMatch(/w:styleId="Heading1"/);
    expect(parts["word/document.xml"]).toContain("TOC \\h \\o &quot;1-2&quot;");
  });

  it("sets Swedish as the language, repeats table header rows and numbers the pages", () => {
    expect(parts["word/styles.xml"]).toContain('w:lang w:val="sv-SE"');
    expect(parts["word/styles.xml"]).not.toContain("en-US");
    expect(parts["word/document.xml"]).toContain("<w:tblHeader/>");
    const footer = Object.entries(parts).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? "";
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(
      wordParagraphs(footer)
        .map((p) => p.text)
        .join(""),
    ).toContain("Sida");
    expect(parts["docProps/core.xml"]).toContain(data.title);
  });

  it("keeps the appendices: every cited source with its link, and the glossary", () => {
    for (const model of data.sources.models) {
      expect(count(model.name)).toBe(1);
      expect(model.status[0]).toMatch(/^(Kontrollerad \d{4}-\d{2}-\d{2}|Inte kontrollerad)/);
      for (const line of model.status) expect(texts).toContain(line);
      expect(parts["word/_rels/document.xml.rels"]).toContain(model.url.replace(/&/g, "&amp;"));
    }
    for (const term of data.glossary.terms) expect(texts).toContain(term.definition);
  });

  it("survives markup and control characters in the user's text", async () => {
    const hostile = sampleSource(0, {
      title: 'Test <w:p> & "citat"',
      requirements: sampleRequirements(1).map((r) => ({
        ...r,
        text: "Ska <script>alert(1)</script>\u0001 klara & tecken 🚀 مرحبا",
      })),
    });
    const back = ooxmlParts(await renderDocx(sampleDocument(hostile)));
    const all = wordParagraphs(back["word/document.xml"]!).map((p) => p.text);
    expect(all).toContain("Ska <script>alert(1)</script> klara & tecken 🚀 مرحبا");
    expect(all).toContain('Test <w:p> & "citat"');
  });
});
