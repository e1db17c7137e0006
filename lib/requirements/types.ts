import type { SourceUpdate } from "@/lib/catalog/adopted";
import type { Kravtyp, Level, Perspective } from "@/lib/requirements/schema";

// One requirement as the editor, the review and the PDF see it.
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

export type RequirementChange = { version: number; code: string };
