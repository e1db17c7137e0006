import { modelKinds, type GuidanceModel, type ModelKind, type Suggestion } from "@/lib/catalog/schema";
import { levels, perspectives, type Level, type Perspective } from "@/lib/vocabulary";

// Pure filtering for the catalog page. The page is a GET form, so filters
// arrive as query-string values and anything unknown is ignored, never an error.

export const catalogShows = ["all", "models", "suggestions"] as const;
export type CatalogShow = (typeof catalogShows)[number];

export type CatalogFilters = {
  q: string;
  page: number;
  show: CatalogShow;
  perspective?: Perspective;
  kind?: ModelKind;
  level?: Level;
};

export const maxQueryLength = 200;

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const oneOf = <T extends string>(allowed: readonly T[], value: string): T | undefined =>
  (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

export function parseCatalogFilters(params: Params): CatalogFilters {
  return {
    q: first(params.q).trim().slice(0, maxQueryLength),
    page: pageNumber(first(params.page)),
    show: oneOf(catalogShows, first(params.show)) ?? "all",
    perspective: oneOf(perspectives, first(params.perspective)),
    kind: oneOf(modelKinds, first(params.kind)),
    level: oneOf(levels, first(params.level)),
  };
}

function pageNumber(value: string): number {
  const page = /^\d{1,4}$/.test(value) ? Number(value) : 1;
  return Math.max(page, 1);
}

// Case- and diacritics-insensitive: "sakerhet" finds "säkerhet", "AFS" finds "afs".
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

// Every word of the query must occur somewhere in the text (in any order).
export function matchesQuery(text: string, query: string): boolean {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalize(text);
  return words.every((word) => haystack.includes(word));
}

function modelText(model: GuidanceModel): string {
  return [model.id, model.name, model.publisher, String(model.year), model.summary].join(" \n ");
}

function suggestionText(suggestion: Suggestion): string {
  return [
    suggestion.id,
    suggestion.title ?? "",
    suggestion.text,
    suggestion.motiv,
    suggestion.verifikat,
    suggestion.uppfoljning,
  ].join(" \n ");
}

export type CatalogResults = { models: GuidanceModel[]; suggestions: Suggestion[] };

// Each filter narrows the items it describes: kind narrows models, level
// narrows suggestions, perspective narrows both.
export function searchCatalog(
  filters: CatalogFilters,
  models: readonly GuidanceModel[],
  suggestions: readonly Suggestion[],
): CatalogResults {
  const foundModels =
    filters.show === "suggestions"
      ? []
      : models.filter(
          (model) =>
            (!filters.perspective || model.perspectives.includes(filters.perspective)) &&
            (!filters.kind || model.kind === filters.kind) &&
            matchesQuery(modelText(model), filters.q),
        );
  const foundSuggestions =
    filters.show === "models"
      ? []
      : suggestions.filter(
          (suggestion) =>
            (!filters.perspective || suggestion.perspective === filters.perspective) &&
            (!filters.level || suggestion.level === filters.level) &&
            matchesQuery(suggestionText(suggestion), filters.q),
        );
  return { models: foundModels, suggestions: foundSuggestions };
}

export const catalogPageSize = 25;

export type CatalogPage = CatalogResults & {
  page: number;
  pageCount: number;
  // 1-based positions of the first and last item shown, in the combined
  // order: suggestions first, then models (0 and 0 when nothing matched).
  from: number;
  to: number;
  total: number;
  totalModels: number;
  totalSuggestions: number;
};

// One pagination over both lists, so a page never holds more than pageSize
// items; a page past the end shows the last page.
export function paginateCatalog(
  results: CatalogResults,
  requestedPage: number,
  pageSize = catalogPageSize,
): CatalogPage {
  const totalSuggestions = results.suggestions.length;
  const totalModels = results.models.length;
  const total = totalSuggestions + totalModels;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const start = (page - 1) * pageSize;
  const end = Math.min(start + pageSize, total);
  return {
    suggestions: results.suggestions.slice(start, Math.min(end, totalSuggestions)),
    models: results.models.slice(Math.max(0, start - totalSuggestions), Math.max(0, end - totalSuggestions)),
    page,
    pageCount,
    from: total === 0 ? 0 : start + 1,
    to: end,
    total,
    totalModels,
    totalSuggestions,
  };
}

// The query string for another page of the same search (for pagination links).
export function catalogHref(filters: CatalogFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.perspective) params.set("perspective", filters.perspective);
  if (filters.show !== "all") params.set("show", filters.show);
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.level) params.set("level", filters.level);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/catalog?${query}` : "/catalog";
}
