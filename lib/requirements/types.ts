import type { Kravtyp, Level, Perspective } from "@/lib/vocabulary";

// The one read model of a requirement: the editor, Granska (lint, coverage)
// and the document all read rows through toRequirementRow (lib/requirements/data.ts).
export type RequirementRow = {
  id: string;
  perspective: Perspective;
  number: number;
  code: string;
  position: number;
  text: string;
  level: Level;
  kravtyp: Kravtyp;
  motiv: string;
  verifikat: string;
  uppfoljning: string;
  weight: number | null;
  suggestionId: string | null;
  modelIds: string[];
};
