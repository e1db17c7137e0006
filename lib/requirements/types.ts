import type { SourceUpdate } from "@/lib/drafts/adopted";
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
  // Set when the catalog suggestion it was adopted from has been revised since.
  sourceUpdate: SourceUpdate | null;
};
