import type { RequirementRow } from "@/lib/requirements/types";
import { kravtyper, levels, perspectives, type Kravtyp, type Level, type Perspective } from "@/lib/vocabulary";

// Where the specification is thin: requirements per perspective × kravtyp and
// ska/bör per perspective, with totals. Every cell is present (zero included)
// so the table never has holes.
export type CoverageRow = { byKravtyp: Record<Kravtyp, number>; byLevel: Record<Level, number>; total: number };
export type Coverage = { rows: Record<Perspective, CoverageRow>; totals: CoverageRow };

function emptyRow(): CoverageRow {
  return {
    byKravtyp: Object.fromEntries(kravtyper.map((kravtyp) => [kravtyp, 0])) as Record<Kravtyp, number>,
    byLevel: Object.fromEntries(levels.map((level) => [level, 0])) as Record<Level, number>,
    total: 0,
  };
}

function count(row: CoverageRow, requirement: Pick<RequirementRow, "kravtyp" | "level">) {
  row.byKravtyp[requirement.kravtyp] += 1;
  row.byLevel[requirement.level] += 1;
  row.total += 1;
}

export function coverage(requirements: readonly Pick<RequirementRow, "perspective" | "kravtyp" | "level">[]): Coverage {
  const rows = Object.fromEntries(perspectives.map((perspective) => [perspective, emptyRow()])) as Record<
    Perspective,
    CoverageRow
  >;
  const totals = emptyRow();
  for (const requirement of requirements) {
    count(rows[requirement.perspective], requirement);
    count(totals, requirement);
  }
  return { rows, totals };
}
