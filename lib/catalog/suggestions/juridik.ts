import type { Suggestion } from "@/lib/catalog/schema";
import { juridikDataskydd } from "@/lib/catalog/suggestions/juridik-dataskydd";
import { juridikSakerhet } from "@/lib/catalog/suggestions/juridik-sakerhet";
import { juridikArkivAi } from "@/lib/catalog/suggestions/juridik-arkiv-ai";
import { juridikAvtal } from "@/lib/catalog/suggestions/juridik-avtal";

// Juridik: LOU, dataskydd, sekretess, säkerhet, arkiv, AI and data rules, in
// four parts to keep files small. Own words; sources are the cited models.
// The order matters: ranking keeps catalog order among equal scores.
export const juridikSuggestions: readonly Suggestion[] = [
  ...juridikDataskydd,
  ...juridikSakerhet,
  ...juridikArkivAi,
  ...juridikAvtal,
];
