import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, type PDFObject, type PDFPage } from "pdf-lib";

// Joins the PDFs of consecutive slices of one document (render.tsx renders a
// long document in two halves at once) into one document, before the stamp
// numbers its pages. pdf-lib copies pages with everything they reference
// (content, fonts, links) but not the outline, so the later parts' bookmarks
// are appended to the first part's outline here, pointing at the copied
// pages; stamp.ts reads the chapters' first pages from that outline.

type Bookmark = { title: PDFObject; page: number; view: PDFObject[] };

// The outline items of a react-pdf document in order: title, the page its
// /Dest names (0-based) and the rest of the /Dest (the view, e.g. /Fit).
export function bookmarks(doc: PDFDocument): Bookmark[] {
  const indexOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  const outlines = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  const found: Bookmark[] = [];
  let item = outlines?.lookupMaybe(PDFName.of("First"), PDFDict);
  while (item) {
    const dest = item.lookupMaybe(PDFName.of("Dest"), PDFArray);
    const target = dest?.get(0);
    const page = target instanceof PDFRef ? indexOf.get(target.toString()) : undefined;
    const title = item.get(PDFName.of("Title"));
    if (!dest || page === undefined || !title) throw new Error("PDF outline item without a page or title");
    found.push({ title, page, view: dest.asArray().slice(1) });
    item = item.lookupMaybe(PDFName.of("Next"), PDFDict);
  }
  return found;
}

function appendBookmark(doc: PDFDocument, bookmark: Bookmark, pageRef: PDFRef): void {
  const outlinesRef = doc.catalog.get(PDFName.of("Outlines"));
  const outlines = doc.catalog.lookup(PDFName.of("Outlines"), PDFDict);
  const lastRef = outlines.get(PDFName.of("Last"));
  if (!(outlinesRef instanceof PDFRef) || !(lastRef instanceof PDFRef)) {
    throw new Error("the first part of the PDF has no outline to extend");
  }
  const item = doc.context.obj({
    Title: bookmark.title,
    Parent: outlinesRef,
    Prev: lastRef,
    Dest: doc.context.obj([pageRef, ...bookmark.view]),
  });
  const itemRef = doc.context.register(item);
  doc.context.lookup(lastRef, PDFDict).set(PDFName.of("Next"), itemRef);
  outlines.set(PDFName.of("Last"), itemRef);
  const count = outlines.lookupMaybe(PDFName.of("Count"), PDFNumber)?.asNumber() ?? 0;
  outlines.set(PDFName.of("Count"), PDFNumber.of(count + 1));
}

// pdfkit names each embedded font subset from the font's number in its
// document ("BZZZZZ+Inter-Regular" for F1), so two parts carry different
// subsets under the same name, and readers that key fonts by name (poppler's
// text extraction did) take one for the other: words lost letters. The
// copied part's fonts get their own tag. pdfkit's tags start with A–J (a
// digit + 17), these with K.
function retagFonts(doc: PDFDocument, pages: PDFPage[], part: number): void {
  const seen = new Set<PDFDict>();
  const letter = (n: number) => String.fromCharCode(65 + (Math.floor(n) % 26));
  const retag = (dict: PDFDict | undefined, key: string, tag: string) => {
    const name = dict?.get(PDFName.of(key));
    if (!dict || !(name instanceof PDFName)) return;
    const value = name.decodeText();
    if (/^[A-Z]{6}\+/.test(value)) dict.set(PDFName.of(key), PDFName.of(`${tag}${value.slice(6)}`));
  };
  for (const page of pages) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of("Font"), PDFDict);
    for (const ref of fonts?.values() ?? []) {
      const font = doc.context.lookupMaybe(ref, PDFDict);
      if (!font || seen.has(font)) continue;
      const tag = `K${letter(part)}${letter(seen.size / 676)}${letter(seen.size / 26)}${letter(seen.size)}A`;
      seen.add(font);
      retag(font, "BaseFont", tag);
      const descendant = font.lookupMaybe(PDFName.of("DescendantFonts"), PDFArray)?.lookupMaybe(0, PDFDict);
      retag(descendant, "BaseFont", tag);
      for (const owner of [font, descendant]) {
        retag(owner?.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict), "FontName", tag);
      }
    }
  }
}

export async function mergeParts(parts: Uint8Array[]): Promise<PDFDocument> {
  const [first, ...rest] = parts;
  if (!first) throw new Error("nothing to merge");
  const doc = await PDFDocument.load(first, { updateMetadata: false });
  for (const [index, bytes] of rest.entries()) {
    const part = await PDFDocument.load(bytes, { updateMetadata: false });
    const marks = bookmarks(part);
    const copied = await doc.copyPages(part, part.getPageIndices());
    copied.forEach((page) => doc.addPage(page));
    retagFonts(doc, copied, index + 1);
    for (const mark of marks) appendBookmark(doc, mark, copied[mark.page]!.ref);
  }
  return doc;
}
