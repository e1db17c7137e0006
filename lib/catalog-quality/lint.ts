import type { Suggestion } from "@/lib/catalog/schema";
import { brandsIn, lintRequirements, vagueWordsIn } from "@/lib/review/lint";

// The product's own quality lint (lib/review/lint.ts) run over the whole
// catalog: what a procurer would be warned about after accepting a
// suggestion must not come from the catalog itself. Motiv, verifikat and
// uppföljning reach the document too, so they are checked like the text.

export const lintedFields = ["title", "text", "motiv", "verifikat", "uppfoljning"] as const;
export type LintedField = (typeof lintedFields)[number];

export type CatalogWarning = {
  suggestionId: string;
  rule: "vagueWords" | "brandName" | "skaWithoutVerifikat" | "duplicate" | "nearDuplicate";
  field: LintedField;
  detail: string;
};

export function lintCatalog(suggestions: readonly Suggestion[]): CatalogWarning[] {
  const warnings: CatalogWarning[] = [];
  for (const suggestion of suggestions) {
    for (const field of lintedFields) {
      const text = suggestion[field] ?? "";
      const words = vagueWordsIn(text);
      if (words.length > 0)
        warnings.push({ suggestionId: suggestion.id, rule: "vagueWords", field, detail: words.join(", ") });
      const brands = brandsIn(text);
      if (brands.length > 0)
        warnings.push({ suggestionId: suggestion.id, rule: "brandName", field, detail: brands.join(", ") });
    }
  }
  // Every suggestion as if one draft had accepted all of them: the duplicate
  // rules then compare across perspectives, and the ska rule sees verifikat.
  const asRequirements = suggestions.map((suggestion) => ({
    id: suggestion.id,
    code: suggestion.id,
    perspective: suggestion.perspective,
    text: suggestion.text,
    level: suggestion.level,
    kravtyp: suggestion.kravtyp,
    verifikat: suggestion.verifikat,
    weight: suggestion.weight ?? null,
  }));
  for (const warning of lintRequirements(asRequirements)) {
    if (warning.rule !== "duplicate" && warning.rule !== "nearDuplicate" && warning.rule !== "skaWithoutVerifikat")
      continue;
    const other = warning.params.other === undefined ? "" : `${String(warning.params.other)}`;
    warnings.push({ suggestionId: warning.requirementId ?? "", rule: warning.rule, field: "text", detail: other });
  }
  return warnings;
}

export function describeCatalogWarning(warning: CatalogWarning): string {
  return `${warning.suggestionId} ${warning.field}: ${warning.rule}${warning.detail ? ` (${warning.detail})` : ""}`;
}
