import "server-only";
import { createHash } from "node:crypto";
import { getModel } from "@/lib/catalog";
import { currentSuggestion } from "@/lib/catalog/current";
import type { Suggestion } from "@/lib/catalog/schema";

export type { AdoptedSuggestion };
import { adoptedSuggestionSchema, type AdoptedSuggestion, type SourceUpdate } from "@/lib/catalog/adopted";

// Catalog revisions of a suggestion: a content hash over everything a procurer
// adopts (texts, level, kravtyp) and the sources it rests on (each model's
// name, URL and year). A requirement keeps the hash and texts it was adopted
// with; when a release changes either, the editor, Granska and the dashboard
// show "Källan har reviderats" with a word diff.

export function suggestionRevision(suggestion: Suggestion): string {
  const sources = suggestion.modelIds.map((id) => {
    const model = getModel(id);
    return model ? [model.id, model.name, model.url, model.year] : [id];
  });
  const content = [
    suggestion.title ?? "",
    suggestion.text,
    suggestion.motiv,
    suggestion.verifikat,
    suggestion.uppfoljning,
    suggestion.level,
    suggestion.kravtyp,
    sources,
  ];
  return createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 16);
}

export function adoptedFrom(suggestion: Suggestion): AdoptedSuggestion {
  return {
    revision: suggestionRevision(suggestion),
    title: suggestion.title,
    text: suggestion.text,
    motiv: suggestion.motiv,
    verifikat: suggestion.verifikat,
    uppfoljning: suggestion.uppfoljning,
    level: suggestion.level,
    kravtyp: suggestion.kravtyp,
  };
}

// What changed since adoption, or null when the source is unchanged, was
// never recorded (requirements written by hand, or adopted before this
// existed), or has left the catalog.
export function sourceUpdateFor(suggestionId: string | null, stored: unknown): SourceUpdate | null {
  if (!suggestionId || stored === null || stored === undefined) return null;
  const adopted = adoptedSuggestionSchema.safeParse(stored);
  const suggestion = currentSuggestion(suggestionId);
  if (!adopted.success || !suggestion) return null;
  const current = adoptedFrom(suggestion);
  return current.revision === adopted.data.revision ? null : { suggestionId, adopted: adopted.data, current };
}
