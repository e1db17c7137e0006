import type { Kravtyp, Level, Perspective } from "@/lib/vocabulary";

// One requirement as the review page, the lint and the coverage see it.
export type ReviewRequirement = {
  id: string;
  code: string;
  perspective: Perspective;
  number: number;
  position: number;
  text: string;
  level: Level;
  kravtyp: Kravtyp;
  motiv: string;
  verifikat: string;
  uppfoljning: string;
  weight: number | null;
};
