import type { Suggestion, SuggestionConditions } from "@/lib/catalog/schema";
import type { DraftContext } from "@/lib/drafts/schema";

// Why a suggestion is shown: one code per matched condition, translated in the
// UI ("Visas eftersom produkten behandlar känsliga personuppgifter").
export type RankReason =
  | "personalData"
  | "sensitiveData"
  | "critical"
  | "cloud"
  | "staffUsers"
  | "citizenUsers"
  | "aiComponent"
  | "highValue"
  | "general";

export type RankedSuggestion = { suggestion: Suggestion; score: number; reasons: RankReason[] };

export function conditionsHold(conditions: SuggestionConditions, context: DraftContext): boolean {
  const any = <T>(wanted: readonly T[] | undefined, actual: readonly T[] | undefined) =>
    wanted === undefined || (actual ?? []).some((value) => wanted.includes(value));
  return (
    any(conditions.productTypes, context.productTypes) &&
    any(conditions.personalData, context.personalData ? [context.personalData] : undefined) &&
    any(conditions.userGroups, context.userGroups) &&
    (!conditions.critical || context.critical === "yes") &&
    (!conditions.aiComponent || context.aiComponent === "yes") &&
    (conditions.minValueSek === undefined || (context.estimatedValueSek ?? 0) >= conditions.minValueSek)
  );
}

// Placeholder order until the ranking lands: matching suggestions first, in
// catalog order. Replaced by the scored ranking (same signature).
export function rankSuggestions(all: readonly Suggestion[], context: DraftContext): RankedSuggestion[] {
  return all
    .filter((suggestion) => conditionsHold(suggestion.conditions, context))
    .map((suggestion) => ({ suggestion, score: 0, reasons: ["general"] }));
}
