import ExcelJS from "exceljs";
import { importLimits } from "@/lib/exports/json/schema";
import { hasMarkup, type ImportProblem, type Parsed } from "@/lib/exports/json/parse";
import { kravmatrisVersion } from "@/lib/exports/xlsx/marker";
import { loadMessages } from "@/lib/i18n/load-messages";
import { kravtyper, perspectivePrefix, perspectives, type Kravtyp, type Perspective } from "@/lib/vocabulary";

// Reads our own Excel kravmatris (lib/exports/xlsx) back after a procurer has
// edited its texts. Only the buyer's columns are read (ID, perspective,
// kravtyp, kravtext, verifikat and, for bör-krav, the weight); the title is
// derived and the bidder's columns are theirs. Same guards as the Kravlots
// file: size before unzipping, the declared unzipped size before exceljs
// inflates it, the marker's version, the row count, markup, then each cell.
export type MatrixRow = {
  // Where the row is, for messages: "Ska-krav rad 7".
  where: string;
  level: "ska" | "bor";
  // null for a new row the procurer added without an ID.
  code: string | null;
  perspective: Perspective;
  number: number | null;
  kravtyp: Kravtyp;
  text: string;
  verifikat: string;
  weight: number | null;
};

const refuse = (key: ImportProblem["key"], where?: string): { ok: false; problem: ImportProblem } => ({
  ok: false,
  problem: where === undefined ? { key } : { key, where },
});

// Unzipped, a kravmatris of 2,000 requirements is a few MB; a file that
// declares far more is a zip bomb or not ours.
const maxUnzippedBytes = 100 * 1024 * 1024;

// Sums the uncompressed sizes in the zip's central directory (PKWARE APPNOTE 4.3.16).
export function declaredUnzippedBytes(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 65_535); i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const entries = view.getUint16(i + 10, true);
    let at = view.getUint32(i + 16, true);
    let total = 0;
    for (let n = 0; n < entries; n++) {
      if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50) return null;
      total += view.getUint32(at + 24, true);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return null;
}

type Headers = {
  ska: string[];
  bor: string[];
  sheets: { ska: string; bor: string };
  perspectives: Map<string, Perspective>;
};

function headersIn(locale: "sv" | "en"): Headers {
  const m = loadMessages(locale) as {
    xlsx: { skaSheet: string; borSheet: string; columns: Record<string, string> };
    steps: Record<string, string>;
  };
  const c = m.xlsx.columns;
  const base = [c.id!, c.perspective!, c.kravtyp!, c.title!, c.text!, c.verifikat!];
  return {
    ska: base,
    bor: [...base, c.weight!],
    sheets: { ska: m.xlsx.skaSheet, bor: m.xlsx.borSheet },
    perspectives: new Map(perspectives.map((p) => [m.steps[p]!.trim().toLowerCase(), p])),
  };
}

const codePattern = /^(KN|JU|AM|OR)-([1-9][0-9]{0,4})$/;
const byPrefix = new Map(perspectives.map((p) => [perspectivePrefix[p], p]));

function readSheet(ws: ExcelJS.Worksheet, level: "ska" | "bor", h: Headers): Parsed<MatrixRow[]> {
  const expected = h[level];
  const head = expected.map((_, i) => ws.getCell(3, i + 1).text.trim());
  const unknown = head.findIndex((text, i) => text !== expected[i]);
  if (unknown >= 0) return refuse("unknownField", `${ws.name} kolumn ${unknown + 1}: "${head[unknown]}"`);
  const rows: MatrixRow[] = [];
  for (let r = 4; r <= ws.rowCount; r++) {
    const text = (col: number) => ws.getCell(r, col).text.trim();
    const where = `${ws.name} rad ${r}`;
    // The bör sheet ends with its total row; empty rows are skipped.
    if (level === "bor" && ws.getCell(r, 7).formula?.startsWith("SUM(")) break;
    if ([1, 2, 3, 5, 6].every((col) => text(col) === "")) continue;
    const code = text(1) || null;
    const match = code ? codePattern.exec(code) : null;
    if (code && !match) return refuse("invalid", `${where}: ID "${code}"`);
    const perspective = match ? byPrefix.get(match[1]!) : h.perspectives.get(text(2).toLowerCase());
    if (!perspective) return refuse("invalid", `${where}: perspektiv`);
    const kravtyp = text(3) as Kravtyp;
    if (!kravtyper.includes(kravtyp)) return refuse("invalid", `${where}: kravtyp`);
    if (text(5) === "" || text(5).length > 4000) return refuse("invalid", `${where}: kravtext`);
    if (text(6).length > 4000) return refuse("invalid", `${where}: verifikat`);
    let weight: number | null = null;
    if (level === "bor" && text(7) !== "") {
      weight = Number(text(7));
      if (!Number.isInteger(weight) || weight < 1 || weight > 100) return refuse("invalid", `${where}: vikt`);
    }
    rows.push({
      where,
      level,
      code: match ? code : null,
      perspective,
      number: match ? Number(match[2]) : null,
      kravtyp,
      text: text(5),
      verifikat: text(6),
      weight,
    });
  }
  return { ok: true, value: rows };
}

export async function readKravmatris(bytes: Uint8Array): Promise<Parsed<MatrixRow[]>> {
  if (bytes.byteLength > importLimits.bytes) return refuse("tooLarge");
  if (bytes.byteLength === 0) return refuse("empty");
  const unzipped = declaredUnzippedBytes(bytes);
  if (unzipped === null) return refuse("notKravmatris");
  if (unzipped > maxUnzippedBytes) return refuse("tooLarge");
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return refuse("notKravmatris");
  }
  const marker = /^kravlots-kravmatris\/(\d+)$/.exec(book.keywords ?? "");
  if (!marker) return refuse("notKravmatris");
  if (Number(marker[1]) !== kravmatrisVersion) return refuse("formatVersion", marker[1]);
  const h = [headersIn("sv"), headersIn("en")].find((x) => book.getWorksheet(x.sheets.ska));
  const ska = h && book.getWorksheet(h.sheets.ska);
  const bor = h && book.getWorksheet(h.sheets.bor);
  if (!h || !ska || !bor) return refuse("notKravmatris");
  if (ska.rowCount + bor.rowCount > importLimits.requirements + 10)
    return refuse("tooManyRequirements", String(ska.rowCount + bor.rowCount - 7));
  const rows: MatrixRow[] = [];
  for (const [ws, level] of [
    [ska, "ska"],
    [bor, "bor"],
  ] as const) {
    const read = readSheet(ws, level, h);
    if (!read.ok) return read;
    rows.push(...read.value);
  }
  const withMarkup = rows.find((r) => hasMarkup(r.text) || hasMarkup(r.verifikat));
  if (withMarkup) return refuse("markup", withMarkup.where);
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.code && seen.has(r.code)) return refuse("duplicateCode", r.code);
    if (r.code) seen.add(r.code);
  }
  return { ok: true, value: rows };
}
