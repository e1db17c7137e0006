import type { MatrixRow } from "@/lib/exports/matrix/parse";
import { requirementCode, type Perspective } from "@/lib/vocabulary";

// What an edited kravmatris would change in the draft, computed before
// anything is written so the procurer sees it first ("Granska ändringarna").
// Rows are matched by requirement ID. A row without an ID, or with an ID the
// draft does not have, becomes a new requirement with a fresh number (IDs are
// never reused). Requirements the file does not list are kept as they are:
// the matrix leaves out internal (IN) requirements by design.
export type CurrentRequirement = {
  id: string;
  perspective: string;
  number: number;
  level: string;
  kravtyp: string;
  text: string;
  verifikat: string;
  weight: number | null;
};

export const changeFields = ["text", "verifikat", "kravtyp", "level", "weight"] as const;
export type FieldChange = { field: (typeof changeFields)[number]; before: string; after: string };
export type MatrixUpdate = {
  id: string;
  code: string;
  changes: FieldChange[];
  data: { text: string; verifikat: string; kravtyp: string; level: string; weight: number | null };
};
export type MatrixAddition = {
  where: string;
  // The ID the row had, if any (it is not in the draft, so a new one is given).
  fileCode: string | null;
  perspective: Perspective;
  level: "ska" | "bor";
  kravtyp: string;
  text: string;
  verifikat: string;
  weight: number | null;
};
export type MatrixPlan = { updates: MatrixUpdate[]; additions: MatrixAddition[]; unchanged: number; notInFile: number };

const shown = (value: string | number | null) => (value === null ? "" : String(value));

export function planMatrixImport(current: CurrentRequirement[], rows: MatrixRow[]): MatrixPlan {
  const byCode = new Map(current.map((r) => [requirementCode(r.perspective as Perspective, r.number), r]));
  const plan: MatrixPlan = { updates: [], additions: [], unchanged: 0, notInFile: 0 };
  const listed = new Set<string>();
  for (const row of rows) {
    const existing = row.code ? byCode.get(row.code) : undefined;
    const data = {
      text: row.text,
      verifikat: row.verifikat,
      kravtyp: row.kravtyp,
      level: row.level,
      // A ska-krav is pass/fail; a bör-krav keeps its weight unless the row sets one.
      weight: row.level === "ska" ? null : (row.weight ?? (existing?.level === "bor" ? existing.weight : null)),
    };
    if (!existing) {
      const { where, perspective, level, kravtyp, text, verifikat, weight } = { ...row, ...data };
      plan.additions.push({ where, fileCode: row.code, perspective, level, kravtyp, text, verifikat, weight });
      continue;
    }
    listed.add(existing.id);
    const changes = changeFields
      .filter((field) => shown(existing[field]) !== shown(data[field]))
      .map((field) => ({ field, before: shown(existing[field]), after: shown(data[field]) }));
    if (changes.length === 0) plan.unchanged += 1;
    else plan.updates.push({ id: existing.id, code: row.code!, changes, data });
  }
  plan.notInFile = current.filter((r) => !listed.has(r.id)).length;
  return plan;
}
