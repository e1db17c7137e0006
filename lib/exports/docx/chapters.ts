import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type FileChild } from "docx";
import type { DocumentData } from "@/lib/document/types";
import { gap, gridTable, requirementTable, rowsTable } from "@/lib/exports/docx/tables";
import { para, runs, xmlSafe } from "@/lib/exports/docx/text";

// The chapters of the Word document, in the PDF's order and with its numbers,
// each heading a real Word heading style (Rubrik 1–3) so the navigation pane
// and the table of contents find them.
const h = (text: string, level: 1 | 2 | 3) =>
  new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    children: runs(text),
    keepNext: true,
    pageBreakBefore: level === 1,
  });

export function introChapter(data: DocumentData): FileChild[] {
  const { intro } = data;
  return [
    h(intro.heading, 1),
    ...intro.sections.flatMap((section) => [h(section.heading, 2), ...section.paragraphs.map((p) => para(p))]),
    h(intro.contextHeading, 2),
    rowsTable(intro.context),
  ];
}

export function perspectiveChapters(data: DocumentData): FileChild[] {
  return data.perspectives.flatMap((chapter) => [
    h(chapter.heading, 1),
    h(chapter.answersHeading, 2),
    chapter.noAnswers ? para(chapter.noAnswers, { italics: true }) : rowsTable(chapter.answers),
    h(chapter.requirementsHeading, 2),
    ...(chapter.noRequirements ? [para(chapter.noRequirements, { italics: true })] : []),
    ...chapter.groups.flatMap((group) => [
      h(group.heading, 3),
      ...group.requirements.flatMap((r) => [requirementTable(r), gap()]),
    ]),
  ]);
}

export function evaluationChapter(data: DocumentData): FileChild[] {
  const e = data.evaluation;
  const columns = [
    { text: e.columns.id, width: 15 },
    { text: e.columns.requirement, width: 65 },
    { text: e.columns.weight, width: 20 },
  ];
  return [
    h(e.heading, 1),
    para(e.intro),
    ...(e.none ? [para(e.none, { italics: true })] : []),
    ...(e.rows.length > 0
      ? [
          gridTable(
            columns,
            e.rows.map((r) => [r.code, r.text, r.weight]),
            e.total ? ["", e.total.label, e.total.value] : undefined,
          ),
        ]
      : []),
    ...(e.warning ? [para(e.warning, { bold: true })] : []),
  ];
}

// The uppföljningsplan as one table (absent in snapshots made before it existed).
export function followUpChapter(data: DocumentData): FileChild[] {
  const f = data.followUp;
  if (!f) return [];
  const columns = [
    { text: f.columns.code, width: 10 },
    { text: f.columns.what, width: 25 },
    { text: f.columns.how, width: 33 },
    { text: f.columns.timing, width: 14 },
    { text: f.columns.role, width: 18 },
  ];
  return [
    h(f.heading, 1),
    para(f.intro),
    ...(f.none ? [para(f.none, { italics: true })] : []),
    ...(f.rows.length > 0
      ? [
          gridTable(
            columns,
            f.rows.map((r) => [r.code, r.what, r.how, r.timing, r.role]),
          ),
        ]
      : []),
  ];
}

// Appendix: every cited model with a working link (no inserted hyphens: Word
// breaks a URL only where it has to).
export function sourcesChapter(data: DocumentData): FileChild[] {
  const s = data.sources;
  return [
    h(s.heading, 1),
    para(s.intro),
    ...(s.none ? [para(s.none, { italics: true })] : []),
    ...s.models.flatMap((m) => [
      new Paragraph({ keepNext: true, spacing: { before: 160 }, children: runs(m.name, { bold: true }) }),
      para(`${s.labels.publisher}: ${m.publisher} · ${s.labels.year}: ${m.year}`),
      new Paragraph({
        children: [
          new ExternalHyperlink({
            link: xmlSafe(m.url),
            children: [new TextRun({ text: xmlSafe(m.url), style: "Hyperlink" })],
          }),
        ],
      }),
      para(`${s.labels.citedBy}: ${m.citedBy}`),
      // "Kontrollerad 2026-11-29", and where they apply "Ej verifierad: …" and "Kopia hos tredje part".
      ...m.status.map((line) => para(line)),
    ]),
  ];
}

export function glossaryChapter(data: DocumentData): FileChild[] {
  const g = data.glossary;
  return [
    h(g.heading, 1),
    ...g.terms.flatMap((term) => [
      new Paragraph({ keepNext: true, spacing: { before: 120 }, children: runs(term.term, { bold: true }) }),
      para(term.definition),
    ]),
  ];
}
