import { Document, Packer, Paragraph } from "docx";
import type { RemissSummary } from "@/lib/remiss/summary";
import { rowsTable } from "@/lib/exports/docx/tables";
import { para, runs } from "@/lib/exports/docx/text";

// The Remissammanställning as Word: a heading per comment and its fields as
// a two-column table, so the procurer can go on editing it.
export async function renderRemissSummaryDocx(data: RemissSummary): Promise<Uint8Array<ArrayBuffer>> {
  const language = data.lang === "en" ? "en-GB" : "sv-SE";
  const body = [
    para(data.title),
    new Paragraph({ heading: "Title", children: runs(data.heading) }),
    rowsTable(data.facts),
    ...(data.none ? [para(data.none)] : []),
    ...data.rows.flatMap((row) => [
      new Paragraph({ heading: "Heading2", children: runs(`${row.target} · ${row.kind} · ${row.reviewer}`) }),
      rowsTable([
        { label: data.labels.comment, value: row.text },
        ...(row.proposedText ? [{ label: data.labels.proposal, value: row.proposedText }] : []),
        { label: data.labels.answer, value: row.answer },
        { label: data.labels.decision, value: row.decision },
      ]),
    ]),
  ];
  const doc = new Document({
    creator: "Kravlots",
    title: `${data.heading} – ${data.title}`,
    styles: { default: { document: { run: { font: "Calibri", language: { value: language } } } } },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
