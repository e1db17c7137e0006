import type { GuidanceModel, Suggestion } from "@/lib/catalog/schema";

// The catalog of guidance models and requirement suggestions (typed content,
// validated against lib/catalog/schema.ts in catalog.test.ts).
export const guidanceModels: readonly GuidanceModel[] = [];
export const suggestions: readonly Suggestion[] = [];

const modelsById = new Map(guidanceModels.map((model) => [model.id, model]));
const suggestionsById = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));

export function getModel(id: string): GuidanceModel | undefined {
  return modelsById.get(id);
}

export function getSuggestion(id: string): Suggestion | undefined {
  return suggestionsById.get(id);
}
