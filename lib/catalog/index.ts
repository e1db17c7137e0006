import type { GuidanceModel, Suggestion } from "@/lib/catalog/schema";
import type { Perspective } from "@/lib/vocabulary";
import { guidanceModels as allModels } from "@/lib/catalog/models";
import { kundnyttaSuggestions } from "@/lib/catalog/suggestions/kundnytta";
import { juridikSuggestions } from "@/lib/catalog/suggestions/juridik";
import { arbetsmiljoSuggestions } from "@/lib/catalog/suggestions/arbetsmiljo";
import { organisationSuggestions } from "@/lib/catalog/suggestions/organisation";

// The catalog of guidance models and requirement suggestions (typed content,
// validated against lib/catalog/schema.ts in catalog.test.ts).
export const guidanceModels: readonly GuidanceModel[] = allModels;
export const suggestions: readonly Suggestion[] = [
  ...kundnyttaSuggestions,
  ...juridikSuggestions,
  ...arbetsmiljoSuggestions,
  ...organisationSuggestions,
];

const modelsById = new Map(guidanceModels.map((model) => [model.id, model]));
const suggestionsById = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));

export function getModel(id: string): GuidanceModel | undefined {
  return modelsById.get(id);
}

export function getSuggestion(id: string): Suggestion | undefined {
  return suggestionsById.get(id);
}

export function suggestionsFor(perspective: Perspective): Suggestion[] {
  return suggestions.filter((suggestion) => suggestion.perspective === perspective);
}

// Suggestions that cite a model, for "Kravförslag som bygger på den här vägledningen".
export function suggestionsCiting(modelId: string): Suggestion[] {
  return suggestions.filter((suggestion) => suggestion.modelIds.includes(modelId));
}
