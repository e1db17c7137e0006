import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from "docx";
import type { DocRequirement, DocRow } from "@/lib/document/types";
import { para, runs } from "@/lib/exports/docx/text";

// Tables stay plain Word tables (no floating shapes, no text boxes) so the
// procurer can edit every cell; header rows are marked as such so screen
// readers announce them and Word repeats them on a new page.
const line = { style: BorderStyle.SINGLE, size: 4, color: "B1B4B6" } as const;
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const full = { size: 100, type: WidthType.PERCENTAGE } as const;
const pct = (size: number) => ({ size, type: WidthType.PERCENTAGE }) as const;
const headShade = { type: ShadingType.CLEAR, color: "auto", fill: "F3F2F1" } as const;

function cell(
  text: string,
  options: { bold?: boolean; width?: number; span?: number; head?: boolean } = {},
): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: runs(text, { bold: options.bold }) })],
    width: options.width === undefined ? undefined : pct(options.width),
    columnSpan: options.span,
    shading: options.head ? headShade : undefined,
  });
}

// Label/value rows (cover, context, answers): the label column is a row header.
export function rowsTable(rows: DocRow[]): Table {
  return new Table({
    width: full,
    borders,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [cell(row.label, { bold: true, width: 32 }), cell(row.value, { width: 68 })],
        }),
    ),
  });
}

// One requirement as a small two-column table: the ID and level are its
// header row, the text spans both columns, then motiv, verifikat, uppföljning.
export function requirementTable(r: DocRequirement): Table {
  const head = [r.levelLabel.toUpperCase(), r.weightLabel].filter(Boolean).join(" · ");
  return new Table({
    width: full,
    borders,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [
          cell(r.code, { bold: true, width: 22, head: true }),
          cell(head, { bold: true, width: 78, head: true }),
        ],
      }),
      new TableRow({ cantSplit: true, children: [cell(r.text, { span: 2 })] }),
      ...r.fields.map(
        (field) =>
          new TableRow({
            cantSplit: true,
            children: [cell(field.label, { bold: true, width: 22 }), cell(field.value, { width: 78 })],
          }),
      ),
    ],
  });
}

export function gridTable(columns: { text: string; width: number }[], rows: string[][], footer?: string[]): Table {
  return new Table({
    width: full,
    borders,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c) => cell(c.text, { bold: true, width: c.width, head: true })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, { width: columns[i]?.width })) }),
      ),
      ...(footer
        ? [
            new TableRow({
              cantSplit: true,
              children: footer.map((text, i) => cell(text, { bold: true, width: columns[i]?.width })),
            }),
          ]
        : []),
    ],
  });
}

// Word needs a paragraph between two adjacent tables, or it merges them.
export const gap = () => para("");
