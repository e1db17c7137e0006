import type { Cell, Workbook, Worksheet } from "exceljs";
import type { Translate } from "@/lib/document/build";
import type { DocumentData } from "@/lib/document/types";
import { xmlSafe } from "@/lib/exports/docx/text";
import type { MatrixRow } from "@/lib/exports/xlsx/rows";

// Layout shared by the sheets: a title row, an instruction row, then the
// header row (row 3), which is frozen, filtered and repeated on every printed page.
export const headerRow = 3;
export const maxScore = 5;
const bidderFill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF7BF" } } as const;
const headFill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F2F1" } } as const;
const thin = { style: "thin", color: { argb: "FFB1B4B6" } } as const;

type Column = { key: string; header: string; width: number; bidder?: boolean };

function sheet(book: Workbook, name: string, title: string, intro: string, columns: Column[]): Worksheet {
  const ws = book.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: headerRow, xSplit: 1 }],
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
  });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  ws.getCell(1, 1).value = xmlSafe(title);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = intro;
  ws.mergeCells(2, 1, 2, columns.length);
  ws.getRow(2).height = 32;
  ws.getCell(2, 1).alignment = { wrapText: true, vertical: "top" };
  const head = ws.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = headFill;
    cell.alignment = { wrapText: true, vertical: "top" };
    cell.border = { bottom: thin };
  });
  return ws;
}

// Every data cell wraps; only the bidder's columns are unlocked and tinted,
// and the sheet is protected without a password, so the rest cannot be
// changed by mistake but the buyer can still unprotect it.
function styleBody(ws: Worksheet, columns: Column[], first: number, last: number) {
  for (let r = first; r <= last; r += 1) {
    // An explicit height from the longest wrapped cell: LibreOffice does not
    // grow rows written without one, and the text would be cut off.
    const lines = Math.max(
      1,
      ...columns.map((c, i) => Math.ceil(String(ws.getCell(r, i + 1).text ?? "").length / Math.max(1, c.width - 2))),
    );
    ws.getRow(r).height = Math.min(409, 15 * lines + 3);
    columns.forEach((c, i) => {
      const cell: Cell = ws.getCell(r, i + 1);
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.border = { bottom: thin };
      if (c.bidder) {
        cell.protection = { locked: false };
        cell.fill = bidderFill;
      }
    });
  }
  ws.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: Math.max(headerRow, last), column: columns.length },
  };
}

async function protect(ws: Worksheet) {
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    autoFilter: true,
    sort: true,
    formatColumns: true,
    formatRows: true,
  });
}

const base = (t: Translate): Column[] => [
  { key: "code", header: t("xlsx.columns.id"), width: 9 },
  { key: "perspective", header: t("xlsx.columns.perspective"), width: 14 },
  { key: "kravtyp", header: t("xlsx.columns.kravtyp"), width: 9 },
  { key: "title", header: t("xlsx.columns.title"), width: 30 },
  { key: "text", header: t("xlsx.columns.text"), width: 60 },
  { key: "verifikat", header: t("xlsx.columns.verifikat"), width: 40 },
];
const cells = (r: MatrixRow) => [r.code, r.perspective, r.kravtyp, r.title, r.text, r.verifikat].map(xmlSafe);

export async function skaSheet(book: Workbook, data: DocumentData, rows: MatrixRow[], t: Translate) {
  const columns: Column[] = [
    ...base(t),
    { key: "fulfilled", header: t("xlsx.columns.fulfilled"), width: 14, bidder: true },
    { key: "reference", header: t("xlsx.columns.reference"), width: 28, bidder: true },
    { key: "comment", header: t("xlsx.columns.comment"), width: 32, bidder: true },
  ];
  const ws = sheet(book, t("xlsx.skaSheet"), `${data.title} · ${data.cover.version}`, t("xlsx.skaIntro"), columns);
  rows.forEach((r) => ws.addRow([...cells(r), null, null, null]));
  const last = headerRow + rows.length;
  styleBody(ws, columns, headerRow + 1, last);
  for (let r = headerRow + 1; r <= last; r += 1) {
    ws.getCell(r, 7).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${t("xlsx.yes")},${t("xlsx.no")}"`],
      showErrorMessage: true,
      errorStyle: "stop",
      error: t("xlsx.fulfilledError"),
    };
  }
  await protect(ws);
}

export async function borSheet(book: Workbook, data: DocumentData, rows: MatrixRow[], t: Translate) {
  const columns: Column[] = [
    ...base(t),
    { key: "weight", header: t("xlsx.columns.weight"), width: 10 },
    { key: "score", header: t("xlsx.columns.score", { max: maxScore }), width: 11 },
    { key: "weighted", header: t("xlsx.columns.weighted"), width: 11 },
    { key: "reference", header: t("xlsx.columns.reference"), width: 28, bidder: true },
    { key: "comment", header: t("xlsx.columns.comment"), width: 32, bidder: true },
  ];
  const ws = sheet(
    book,
    t("xlsx.borSheet"),
    `${data.title} · ${data.cover.version}`,
    t("xlsx.borIntro", { max: maxScore }),
    columns,
  );
  rows.forEach((r, i) => {
    const n = headerRow + 1 + i;
    ws.addRow([...cells(r), r.weight, null, { formula: `IF(ISNUMBER(H${n}),G${n}*H${n}/${maxScore},"")` }, null, null]);
    ws.getCell(n, 8).dataValidation = {
      type: "whole",
      operator: "between",
      allowBlank: true,
      formulae: [0, maxScore],
      showErrorMessage: true,
      error: t("xlsx.scoreError", { max: maxScore }),
    };
  });
  const last = headerRow + rows.length;
  styleBody(ws, columns, headerRow + 1, last);
  const total = ws.addRow([
    t("xlsx.total"),
    null,
    null,
    null,
    null,
    null,
    { formula: `SUM(G${headerRow + 1}:G${Math.max(last, headerRow + 1)})` },
    null,
    { formula: `SUM(I${headerRow + 1}:I${Math.max(last, headerRow + 1)})` },
  ]);
  total.font = { bold: true };
  await protect(ws);
}

// The uppföljningsplan as its own sheet for the buyer's contract follow-up:
// the two last columns are left to fill in when an item is done.
export function followUpSheet(book: Workbook, data: DocumentData, t: Translate) {
  const f = data.followUp;
  if (!f) return;
  const columns: Column[] = [
    { key: "code", header: f.columns.code, width: 9 },
    { key: "what", header: f.columns.what, width: 40 },
    { key: "how", header: f.columns.how, width: 50 },
    { key: "timing", header: f.columns.timing, width: 18 },
    { key: "role", header: f.columns.role, width: 26 },
    { key: "doneAt", header: t("followup.xlsx.doneAt"), width: 14, bidder: true },
    { key: "note", header: t("followup.xlsx.note"), width: 36, bidder: true },
  ];
  const ws = sheet(book, t("followup.xlsx.sheet"), f.heading, t("followup.xlsx.intro"), columns);
  for (const r of f.rows) ws.addRow([r.code, r.what, r.how, r.timing, r.role].map(xmlSafe));
  styleBody(ws, columns, headerRow + 1, headerRow + f.rows.length);
}

export function sourcesSheet(book: Workbook, data: DocumentData, t: Translate) {
  const columns: Column[] = [
    { key: "name", header: t("xlsx.columns.name"), width: 50 },
    { key: "publisher", header: t("xlsx.columns.publisher"), width: 26 },
    { key: "year", header: t("xlsx.columns.year"), width: 8 },
    { key: "url", header: t("xlsx.columns.url"), width: 50 },
    { key: "citedBy", header: t("xlsx.columns.citedBy"), width: 30 },
    { key: "status", header: t("xlsx.columns.status"), width: 36 },
  ];
  const ws = sheet(book, t("xlsx.sourcesSheet"), data.sources.heading, t("xlsx.sourcesIntro"), columns);
  for (const m of data.sources.models) {
    const row = ws.addRow([
      xmlSafe(m.name),
      xmlSafe(m.publisher),
      m.year,
      { text: xmlSafe(m.url), hyperlink: xmlSafe(m.url) },
      m.citedBy,
      // When the source was last checked, and what could not be verified.
      xmlSafe(m.status.join("\n")),
    ]);
    row.getCell(4).font = { color: { argb: "FF1D70B8" }, underline: true };
  }
  styleBody(ws, columns, headerRow + 1, headerRow + data.sources.models.length);
}
