import { excerpt } from "@/lib/document/build";
import type { DocRequirement, DocumentData } from "@/lib/document/types";

// One bidder-facing requirement as a matrix row, taken from the document data
// so the kravmatris lists exactly what the PDF and Word documents list.
export type MatrixRow = {
  code: string;
  perspective: string;
  kravtyp: string;
  title: string;
  text: string;
  verifikat: string;
  weight: number | null;
};

const field = (r: DocRequirement, key: "verifikat") => r.fields.find((f) => f.key === key)?.value ?? "";

export function matrixRows(data: DocumentData): { ska: MatrixRow[]; bor: MatrixRow[] } {
  const rows = data.perspectives.flatMap((chapter) => {
    // The chapter heading is numbered ("2 Kundnytta"); the column wants the name.
    const perspective = chapter.heading.replace(/^\d+\s+/, "");
    return chapter.groups.flatMap((group) =>
      group.requirements.map((r) => ({
        level: r.level,
        row: {
          code: r.code,
          perspective,
          kravtyp: r.kravtyp ?? group.kravtyp,
          // Until requirements carry a short title of their own, the title is the text's opening words.
          title: excerpt(r.text, 60),
          text: r.text,
          verifikat: field(r, "verifikat"),
          weight: r.weight ?? null,
        },
      })),
    );
  });
  return {
    ska: rows.filter((r) => r.level === "ska").map((r) => r.row),
    bor: rows.filter((r) => r.level === "bor").map((r) => r.row),
  };
}
