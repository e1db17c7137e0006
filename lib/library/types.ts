import type { RankReason } from "@/lib/catalog/rank";
import type { Kravtyp, Level, Perspective } from "@/lib/vocabulary";

// One library entry as the wizard and the library page show it.
export type LibraryItem = {
  id: string;
  title: string;
  perspective: Perspective;
  level: Level;
  kravtyp: Kravtyp;
  text: string;
  motiv: string;
  verifikat: string;
  tags: string[];
  // Where it was saved from: "KN-3 i E-tjänst för bygglov".
  sourceDraftTitle: string;
  sourceCode: string;
};

export type RankedLibraryItem = LibraryItem & { reasons: RankReason[] };
