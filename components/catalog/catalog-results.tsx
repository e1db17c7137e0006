import { getTranslations } from "next-intl/server";
import type { GuidanceModel, Suggestion } from "@/lib/catalog/schema";
import type { CatalogPage } from "@/lib/catalog/search";
import { ModelCard } from "@/components/catalog/model-card";
import { Pagination } from "@/components/catalog/pagination";
import { CatalogSuggestionCard } from "@/components/catalog/catalog-suggestion-card";

type Props = {
  query: string;
  results: CatalogPage;
  hrefFor: (page: number) => string;
  // Lookups from the whole catalog (not only the results) so sources and
  // citations are always complete.
  modelsFor: (suggestion: Suggestion) => GuidanceModel[];
  citing: (model: GuidanceModel) => Suggestion[];
};

export async function CatalogResults({ query, results, hrefFor, modelsFor, citing }: Props) {
  const t = await getTranslations("catalog");
  const { models, suggestions } = results;
  const visible = new Set(suggestions.map((suggestion) => suggestion.id));
  const found = t("count", { models: results.totalModels, suggestions: results.totalSuggestions });
  const count = `${query ? `${found} ${t("countFor", { q: query })}` : found}.`;
  const showing =
    results.pageCount > 1 ? ` ${t("showing", { from: results.from, to: results.to, total: results.total })}` : "";
  return (
    <>
      <p role="status" className="mb-6 text-lg font-semibold" data-testid="catalog-count">
        {count}
        {showing}
      </p>
      {results.total === 0 ? <p className="mb-6">{t("noResults")}</p> : null}
      {suggestions.length > 0 ? (
        <section aria-labelledby="catalog-suggestions-heading" className="mb-10">
          <h2 id="catalog-suggestions-heading" className="mb-4 text-2xl font-bold">
            {t("suggestionsHeading", { count: results.totalSuggestions })}
          </h2>
          {suggestions.map((suggestion) => (
            <CatalogSuggestionCard key={suggestion.id} suggestion={suggestion} models={modelsFor(suggestion)} />
          ))}
        </section>
      ) : null}
      {models.length > 0 ? (
        <section aria-labelledby="catalog-models-heading">
          <h2 id="catalog-models-heading" className="mb-4 text-2xl font-bold">
            {t("modelsHeading", { count: results.totalModels })}
          </h2>
          {models.map((model) => (
            <ModelCard key={model.id} model={model} citedBy={citing(model)} visibleSuggestionIds={visible} />
          ))}
        </section>
      ) : null}
      <Pagination page={results.page} pageCount={results.pageCount} hrefFor={hrefFor} />
    </>
  );
}
