import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { documentChapters } from "@/lib/document/types";
import { sampleDocument, sampleSource } from "@/lib/testing/document-fixture";
import { renderRequirementsPdf } from "@/components/pdf/render";
import { bookmarkedPages } from "@/components/pdf/stamp";
import { bookmarks } from "@/components/pdf/merge";

type Word = { page: number; text: string; xMin: number; yMin: number; xMax: number };

// Every word with its box, per page, as poppler reads it (pdftotext -bbox).
function words(bytes: Uint8Array): Word[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "kravlots-stamp-")), "doc.pdf");
  writeFileSync(file, bytes);
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  const found: Word[] = [];
  html
    .split("<page ")
    .slice(1)
    .forEach((pageHtml, index) => {
      for (const m of pageHtml.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g))
        found.push({ page: index + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4]! });
    });
  return found;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.05;

describe("page numbers drawn onto the rendered pages", () => {
  it.each([
    ["a short title", undefined],
    // A title of the editor's 200 characters would wrap in the running header and push the contents rows down.
    [
      "a 200-character title",
      `Upphandling av ${"ett digitalt verksamhetssystem för kommunens handläggning ".repeat(4)}`.slice(0, 200),
    ],
  ])(
    "numbers every page once on the footer's line and fills the contents with each chapter's first page (%s)",
    async (_case, title) => {
      const data = sampleDocument(sampleSource(40, title ? { title } : {}));
      // Rendered in two halves at once and joined (render.tsx), as long documents are.
      const bytes = await renderRequirementsPdf(data, "always");
      const doc = await PDFDocument.load(bytes);
      const pages = doc.getPageCount();
      const all = words(bytes);

      for (let page = 1; page <= pages; page += 1) {
        const onPage = all.filter((w) => w.page === page);
        // "Sida N av M": the four words sit on the line of the footer's left text,
        // and the number ends at the right margin.
        const sida = onPage.filter((w) => w.text === "Sida");
        expect(sida, `page ${page}`).toHaveLength(1);
        const line = onPage.filter((w) => near(w.yMin, sida[0]!.yMin)).map((w) => w.text);
        expect(line.join(" ")).toBe(`Utkast · ${data.cover.version} Sida ${page} av ${pages}`);
        const last = onPage.filter((w) => near(w.yMin, sida[0]!.yMin)).at(-1);
        expect(last!.xMax).toBeCloseTo(595.28 - 56, 1);
      }

      // The contents page: each chapter's number on its heading's line, and that
      // page is where the heading is printed again as the chapter's title.
      const chapters = documentChapters(data);
      const starts = bookmarkedPages(doc);
      expect(starts).toHaveLength(chapters.length + 2);
      const toc = all.filter((w) => w.page === starts[1]! + 1);
      const numbers = toc.filter((w) => w.xMin > 500 && w.yMin > 90 && w.yMin < 700).sort((a, b) => a.yMin - b.yMin);
      expect(numbers.map((w) => w.text)).toEqual(starts.slice(2).map((start) => String(start + 1)));
      chapters.forEach((chapter, i) => {
        const rowStart = toc.find((w) => near(w.yMin, numbers[i]!.yMin) && near(w.xMin, 56));
        expect(rowStart?.text, chapter.heading).toBe(chapter.heading.split(" ")[0]);
        const titled = all
          .filter((w) => w.page === Number(numbers[i]!.text))
          .map((w) => w.text)
          .join(" ");
        expect(titled, chapter.heading).toContain(chapter.heading);
      });
      expect(new Set(starts).size).toBe(starts.length);
    },
  );

  it("prints the same pages, words and outline whether rendered whole or in two halves", async () => {
    const data = sampleDocument(sampleSource(60));
    const whole = await renderRequirementsPdf(data, "never");
    const halves = await renderRequirementsPdf(data, "always");
    const text = (bytes: Uint8Array) =>
      words(bytes).map((w) => `${w.page} ${w.text} ${w.xMin.toFixed(1)} ${w.yMin.toFixed(1)}`);
    expect(text(halves)).toEqual(text(whole));
    const [a, b] = await Promise.all([PDFDocument.load(whole), PDFDocument.load(halves)]);
    expect(b.getPageCount()).toBe(a.getPageCount());
    expect(bookmarks(b).map((m) => [m.title.toString(), m.page])).toEqual(
      bookmarks(a).map((m) => [m.title.toString(), m.page]),
    );
    expect(b.getTitle()).toBe(data.title);
  });

  it("keeps the document's metadata and outline through the stamp", async () => {
    const data = sampleDocument(sampleSource(4), "en");
    const doc = await PDFDocument.load(await renderRequirementsPdf(data), { updateMetadata: false });
    expect(doc.getTitle()).toBe(data.title);
    expect(doc.getProducer()).toBe("Kravlots");
    expect(doc.getCreator()).toBe("Kravlots");
    expect(doc.catalog.get(PDFName.of("Lang"))?.toString()).toContain("en");
    expect(bookmarkedPages(doc)[0]).toBe(0);
  });
});
