import { rankSuggestions, type RankReason } from "@/lib/catalog/rank";
import type { GuidanceModel, Suggestion } from "@/lib/catalog/schema";
import type { DraftAnswers } from "@/lib/drafts/answers";
import type { DraftContext } from "@/lib/drafts/schema";
import type { Kravtyp, Level, Perspective } from "@/lib/requirements/schema";

// What the suggestion panel shows for one suggestion: plain data, so the
// panel can be rendered from any catalog (the real one or test fixtures).
export type PanelSuggestion = {
  id: string;
  // The short title leads the card; null for a suggestion not yet given one.
  title: string | null;
  text: string;
  level: Level;
  kravtyp: Kravtyp;
  motiv: string;
  verifikat: string;
  reasons: RankReason[];
  sources: { id: string; name: string; url: string }[];
};

export type PanelInput = {
  suggestions: readonly Suggestion[];
  models: readonly GuidanceModel[];
  context: DraftContext;
  // The guided answers refine the ranking (hosting, secrecy), as in the relevance profiles.
  answers?: DraftAnswers;
  perspective: Perspective;
  acceptedIds: readonly string[];
  dismissedIds: readonly string[];
};

// Ranked for this draft, without what the user already took or hid; the
// hidden ones are listed separately so they can be brought back.
export function panelSuggestions(input: PanelInput): { shown: PanelSuggestion[]; dismissed: PanelSuggestion[] } {
  const models = new Map(input.models.map((model) => [model.id, model]));
  const accepted = new Set(input.acceptedIds);
  const dismissed = new Set(input.dismissedIds);
  const toPanel = (suggestion: Suggestion, reasons: RankReason[]): PanelSuggestion => ({
    id: suggestion.id,
    title: suggestion.title ?? null,
    text: suggestion.text,
    level: suggestion.level,
    kravtyp: suggestion.kravtyp,
    motiv: suggestion.motiv,
    verifikat: suggestion.verifikat,
    reasons,
    sources: suggestion.modelIds.flatMap((id) => {
      const model = models.get(id);
      return model ? [{ id, name: model.name, url: model.url }] : [];
    }),
  });
  const ranked = rankSuggestions(
    input.suggestions.filter((s) => s.perspective === input.perspective && !accepted.has(s.id)),
    input.context,
    { answers: input.answers },
  );
  return {
    shown: ranked.filter((r) => !dismissed.has(r.suggestion.id)).map((r) => toPanel(r.suggestion, r.reasons)),
    dismissed: ranked.filter((r) => dismissed.has(r.suggestion.id)).map((r) => toPanel(r.suggestion, r.reasons)),
  };
}
