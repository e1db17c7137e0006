import type { Kravtyp, Level, Perspective } from "@/lib/vocabulary";

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
};

export type RequirementChange = { version: number; code: string };
