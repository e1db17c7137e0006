import { getTranslations } from "next-intl/server";
import type { GuidanceModel, Suggestion } from "@/lib/catalog/schema";
import { ModelCard } from "@/components/catalog/model-card";
import { SuggestionCard } from "@/components/catalog/suggestion-card";

type Props = {
  query: string;
  models: GuidanceModel[];
  suggestions: Suggestion[];
  // Lookups from the whole catalog (not only the results) so sources and
  // citations are always complete.
  modelsFor: (suggestion: Suggestion) => GuidanceModel[];
  citing: (model: GuidanceModel) => Suggestion[];
};

export async function CatalogResults({ query, models, suggestions, modelsFor, citing }: Props) {
  const t = await getTranslations("catalog");
  const visible = new Set(suggestions.map((suggestion) => suggestion.id));
  const count = t("count", { models: models.length, suggestions: suggestions.length });
  return (
    <>
      <p role="status" className="mb-6 text-lg font-semibold" data-testid="catalog-count">
        {query ? `${count} ${t("countFor", { q: query })}` : count}
      </p>
      {models.length === 0 && suggestions.length === 0 ? <p className="mb-6">{t("noResults")}</p> : null}
      {suggestions.length > 0 ? (
        <section aria-labelledby="catalog-suggestions-heading" className="mb-10">
          <h2 id="catalog-suggestions-heading" className="mb-4 text-2xl font-bold">
            {t("suggestionsHeading", { count: suggestions.length })}
          </h2>
          {suggestions.map((suggestion) => (
            <SuggestionCard key={suggestion.id} suggestion={suggestion} models={modelsFor(suggestion)} />
          ))}
        </section>
      ) : null}
      {models.length > 0 ? (
        <section aria-labelledby="catalog-models-heading">
          <h2 id="catalog-models-heading" className="mb-4 text-2xl font-bold">
            {t("modelsHeading", { count: models.length })}
          </h2>
          {models.map((model) => (
            <ModelCard key={model.id} model={model} citedBy={citing(model)} visibleSuggestionIds={visible} />
          ))}
        </section>
      ) : null}
    </>
  );
}
