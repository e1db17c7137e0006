import { rankSuggestions, type RankReason } from "@/lib/catalog/rank";
import type { Suggestion, SuggestionConditions, Topic } from "@/lib/catalog/schema";
import type { DraftAnswers } from "@/lib/drafts/answers";
import type { DraftContext } from "@/lib/drafts/schema";
import type { LibraryItem } from "@/lib/library/types";

// Library entries ranked by the catalog's own ranking (lib/catalog/rank.ts):
// an entry saved from a catalog suggestion carries that suggestion's
// conditions and topic, so it shows and ranks exactly where the suggestion
// would; one the organisation wrote itself has no conditions (shown always,
// as "general"). Pure.
export type RankableEntry = LibraryItem & { conditions: SuggestionConditions; topic: Topic | null };

export function rankLibrary(
  entries: RankableEntry[],
  context: DraftContext,
  answers?: DraftAnswers,
): (LibraryItem & { reasons: RankReason[] })[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  // Stand-ins with the fields the ranking reads; the texts are not ranked.
  // An entry without a topic matches no topic boost.
  const standIns = entries.map(
    (entry) =>
      ({
        id: entry.id,
        perspective: entry.perspective,
        topic: entry.topic ?? "none",
        level: entry.level,
        kravtyp: entry.kravtyp,
        phase: "KS",
        conditions: entry.conditions,
      }) as unknown as Suggestion,
  );
  return rankSuggestions(standIns, context, { answers }).map((ranked) => ({
    ...byId.get(ranked.suggestion.id)!,
    reasons: ranked.reasons,
  }));
}
