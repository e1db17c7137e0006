import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from "docx";
import { documentChapters, type DocumentData } from "@/lib/document/types";
import {
  evaluationChapter,
  followUpChapter,
  glossaryChapter,
  introChapter,
  perspectiveChapters,
  sourcesChapter,
} from "@/lib/exports/docx/chapters";
import { rowsTable } from "@/lib/exports/docx/tables";
import { para, runs } from "@/lib/exports/docx/text";

// The requirements document as Word (.docx), from the same DocumentData as the
// PDF and the print view. It is the format the procurer and the legal reviewer
// go on editing, so it is plain: built-in heading styles, editable tables,
// the language set on every style, no fonts embedded.
const font = "Calibri";
const languageOf = (lang: string) => (lang === "en" ? "en-GB" : "sv-SE");

// "Sida {page} av {total}" with live page fields in place of the placeholders.
function pageNumberRuns(template: string): TextRun[] {
  return template
    .split(/(\{page\}|\{total\})/)
    .filter((part) => part !== "")
    .map((part) =>
      part === "{page}"
        ? new TextRun({ children: [PageNumber.CURRENT] })
        : part === "{total}"
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES] })
          : new TextRun(part),
    );
}

function cover(data: DocumentData) {
  return [
    para(data.labels.documentType),
    new Paragraph({ heading: "Title", children: runs(data.title) }),
    para(`${data.labels.draftMarker} · ${data.cover.version}`.toUpperCase(), { bold: true }),
    rowsTable(data.cover.rows),
    para(data.labels.coverNote, { italics: true }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

// A table-of-contents field filled in advance with the chapter headings, so
// it reads right before Word (or LibreOffice) updates it with page numbers.
function toc(data: DocumentData) {
  const entries = documentChapters(data).map((chapter) => ({
    title: chapter.heading,
    level: 1,
  }));
  return [
    // Not a heading style: the contents must not list itself.
    new Paragraph({ spacing: { after: 200 }, children: runs(data.labels.tocHeading, { bold: true, size: 32 }) }),
    new TableOfContents(data.labels.tocHeading, { hyperlink: true, headingStyleRange: "1-2", cachedEntries: entries }),
  ];
}

export function buildDocx(data: DocumentData): Document {
  const language = { value: languageOf(data.lang) };
  const marker = `${data.labels.draftMarker} · ${data.cover.version}`;
  return new Document({
    title: data.title,
    subject: data.labels.documentType,
    creator: "Kravlots",
    description: marker,
    styles: {
      default: {
        document: { run: { font, size: 22, language }, paragraph: { spacing: { after: 120 } } },
        title: { run: { font, size: 48, bold: true, color: "0B0C0C", language } },
        heading1: {
          run: { font, size: 32, bold: true, color: "0B0C0C", language },
          paragraph: { spacing: { before: 240, after: 160 } },
        },
        heading2: {
          run: { font, size: 26, bold: true, color: "0B0C0C", language },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading3: {
          run: { font, size: 22, bold: true, color: "505A5F", language },
          paragraph: { spacing: { before: 200, after: 100 } },
        },
      },
    },
    sections: [
      {
        properties: { titlePage: true },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: runs(`${data.title} · ${marker}`, { size: 16, color: "505A5F" }),
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: pageNumberRuns(data.labels.pageOf) }),
            ],
          }),
        },
        children: [
          ...cover(data),
          ...toc(data),
          ...introChapter(data),
          ...perspectiveChapters(data),
          ...evaluationChapter(data),
          ...followUpChapter(data),
          ...sourcesChapter(data),
          ...glossaryChapter(data),
        ],
      },
    ],
  });
}

export async function renderDocx(data: DocumentData): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await Packer.toBuffer(buildDocx(data));
  return new Uint8Array(buffer);
}
