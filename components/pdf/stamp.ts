import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import { pageOf, type DocumentData } from "@/lib/document/types";
import { pdfFontFamilies, pdfFontWeights } from "@/lib/document/glyphs";
import { layoutFreeFont } from "@/components/pdf/font-file";
import { footer, interDescent, lineHeight, page, pageMargin, tocFirstRowTop, tocRow } from "@/components/pdf/geometry";
import { colors } from "@/components/pdf/styles";
import { bookmarks } from "@/components/pdf/merge";
import { footerLabel } from "@/components/pdf/chrome";

// Page numbers are the one thing on a page that depends on every other page.
// react-pdf can print them, but only by paginating the whole document twice
// (the second round knows the total); drawing them onto the finished pages
// with pdf-lib costs a fraction of that round. Drawn here: each page's footer
// (rule, "Utkast · Version N", "Sida N av M") and the contents page's numbers.

let interRegular: Uint8Array | null = null;
function interBytes(): Uint8Array {
  const inter = pdfFontFamilies[0];
  return (interRegular ??= layoutFreeFont(readFileSync(path.join(inter.dir, inter.file(pdfFontWeights[400])))));
}

const color = (hex: string) =>
  rgb(parseInt(hex.slice(1, 3), 16) / 255, parseInt(hex.slice(3, 5), 16) / 255, parseInt(hex.slice(5, 7), 16) / 255);

// The first page (0-based) of every bookmarked <Page>, in document order:
// react-pdf writes one outline item per bookmark, its /Dest naming the page.
export function bookmarkedPages(doc: PDFDocument): number[] {
  return bookmarks(doc).map((mark) => mark.page);
}

// Baseline of a line of text whose line box starts `top` pt below the page's
// top edge, in PDF coordinates (from the bottom).
const baseline = (top: number, size: number) => page.height - top - lineHeight(size) + size * interDescent;

// Top of the footer's rule, below the space the pages leave empty.
const footerTop = page.height - page.paddingBottom - lineHeight(footer.fontSize) - footer.paddingTop - footer.rule;

function drawFooter(target: PDFPage, font: PDFFont, left: string, right: string): void {
  const ink = color(colors.muted);
  const lineTop = page.height - footerTop;
  target.drawLine({
    start: { x: pageMargin, y: lineTop - footer.rule / 2 },
    end: { x: page.width - pageMargin, y: lineTop - footer.rule / 2 },
    thickness: footer.rule,
    color: color(colors.rule),
  });
  const y = baseline(footerTop + footer.rule + footer.paddingTop, footer.fontSize);
  target.drawText(left, { x: pageMargin, y, size: footer.fontSize, font, color: ink });
  const width = font.widthOfTextAtSize(right, footer.fontSize);
  target.drawText(right, { x: page.width - pageMargin - width, y, size: footer.fontSize, font, color: ink });
}

// Footers on every page, and the contents page's numbers for the chapters
// that follow it: starts[0] is the cover, starts[1] the contents page.
export async function stampPages(doc: PDFDocument, data: DocumentData): Promise<Uint8Array> {
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(interBytes(), { subset: true });
  const pages = doc.getPages();
  const starts = bookmarkedPages(doc);
  pages.forEach((target, index) =>
    drawFooter(target, font, footerLabel(data), pageOf(data.labels.pageOf, index + 1, pages.length)),
  );
  const toc = pages[starts[1] ?? 1];
  if (toc) {
    starts.slice(2).forEach((start, row) => {
      const text = String(start + 1);
      const width = font.widthOfTextAtSize(text, tocRow.fontSize);
      const y = baseline(tocFirstRowTop + row * tocRow.height, tocRow.fontSize);
      toc.drawText(text, {
        x: page.width - pageMargin - width,
        y,
        size: tocRow.fontSize,
        font,
        color: color(colors.text),
      });
    });
  }
  return doc.save({ useObjectStreams: false });
}
