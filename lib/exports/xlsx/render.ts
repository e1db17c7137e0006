import ExcelJS from "exceljs";
import type { Translate } from "@/lib/document/build";
import { translatorFor } from "@/lib/document/translate";
import type { DocumentData } from "@/lib/document/types";
import { loadMessages } from "@/lib/i18n/load-messages";
import { kravmatrisMarker } from "@/lib/exports/xlsx/marker";
import { matrixRows } from "@/lib/exports/xlsx/rows";
import { borSheet, followUpSheet, skaSheet, sourcesSheet } from "@/lib/exports/xlsx/sheets";

// The kravmatris (.xlsx) bidders fill in: ska-krav with Uppfylls Ja/Nej, bör-krav
// with weights and a weighted-score formula, and the sources. The column
// headers come from the message catalog in the document's language (the
// snapshot holds the document's own strings, not the matrix's).
export async function renderXlsx(
  data: DocumentData,
  t: Translate = translatorFor(data.lang === "en" ? "en" : "sv", loadMessages(data.lang === "en" ? "en" : "sv")),
): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = "Kravlots";
  book.title = data.title;
  book.subject = data.cover.version;
  book.keywords = kravmatrisMarker;
  const { ska, bor } = matrixRows(data);
  await skaSheet(book, data, ska, t);
  await borSheet(book, data, bor, t);
  sourcesSheet(book, data, t);
  followUpSheet(book, data, t);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
