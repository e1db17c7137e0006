import { describe, expect, it } from "vitest";
import { guidanceModels, suggestions } from "@/lib/catalog";
import {
  catalogHref,
  matchesQuery,
  normalize,
  paginateCatalog,
  parseCatalogFilters,
  searchCatalog,
  type CatalogFilters,
} from "@/lib/catalog/search";

const all: CatalogFilters = { q: "", page: 1, show: "all" };

describe("normalize and matchesQuery", () => {
  it("ignores case and diacritics", () => {
    expect(normalize("Säkerhetsskydd ÅÄÖ é")).toBe("sakerhetsskydd aao e");
    expect(matchesQuery("Informationssäkerhet i upphandling", "sakerhet")).toBe(true);
    expect(matchesQuery("informationssakerhet", "SÄKERHET")).toBe(true);
  });

  it("requires every word, in any order, and matches everything for an empty query", () => {
    expect(matchesQuery("Arbetsmiljö och skyddsombud", "skyddsombud arbetsmiljo")).toBe(true);
    expect(matchesQuery("Arbetsmiljö och skyddsombud", "skyddsombud molntjänst")).toBe(false);
    expect(matchesQuery("vad som helst", "   ")).toBe(true);
  });
});

describe("parseCatalogFilters", () => {
  it("keeps known values and drops unknown ones", () => {
    expect(
      parseCatalogFilters({
        q: "  dataskydd ",
        perspective: "juridik",
        show: "suggestions",
        level: "bor",
        kind: "law",
      }),
    ).toEqual({
      q: "dataskydd",
      page: 1,
      show: "suggestions",
      perspective: "juridik",
      kind: "law",
      level: "bor",
    });
    expect(
      parseCatalogFilters({ perspective: "hacker", show: "<script>", level: "maybe", kind: ["digital", "law"] }),
    ).toEqual({
      q: "",
      page: 1,
      show: "all",
      perspective: undefined,
      kind: "digital",
      level: undefined,
    });
  });

  it("caps the query length", () => {
    expect(parseCatalogFilters({ q: "a".repeat(500) }).q).toHaveLength(200);
  });
});

describe("searchCatalog", () => {
  it("returns everything without filters", () => {
    const result = searchCatalog(all, guidanceModels, suggestions);
    expect(result.models).toHaveLength(guidanceModels.length);
    expect(result.suggestions).toHaveLength(suggestions.length);
  });

  it("finds säkerhet when searching for sakerhet, in models and suggestions", () => {
    const result = searchCatalog({ ...all, q: "sakerhetsskydd" }, guidanceModels, suggestions);
    expect(result.models.map((m) => m.id)).toContain("m-sakerhetsskyddslagen");
    expect(result.suggestions.map((s) => s.id)).toContain("s-ju-sakerhetsskydd");
    expect(
      result.suggestions.every((s) =>
        normalize(`${s.text} ${s.motiv} ${s.verifikat} ${s.uppfoljning}`).includes("sakerhetsskydd"),
      ),
    ).toBe(true);
  });

  it("narrows by perspective, level and kind, each on the items it describes", () => {
    const result = searchCatalog(
      { ...all, perspective: "arbetsmiljo", level: "bor", kind: "law" },
      guidanceModels,
      suggestions,
    );
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.every((s) => s.perspective === "arbetsmiljo" && s.level === "bor")).toBe(true);
    expect(result.models.length).toBeGreaterThan(0);
    expect(result.models.every((m) => m.kind === "law" && m.perspectives.includes("arbetsmiljo"))).toBe(true);
  });

  it("shows only models or only suggestions when asked", () => {
    expect(searchCatalog({ ...all, show: "models" }, guidanceModels, suggestions).suggestions).toEqual([]);
    expect(searchCatalog({ ...all, show: "suggestions" }, guidanceModels, suggestions).models).toEqual([]);
  });

  it("returns nothing for a word that is nowhere in the catalog", () => {
    const result = searchCatalog({ ...all, q: "zyxwvu" }, guidanceModels, suggestions);
    expect(result).toEqual({ models: [], suggestions: [] });
  });
});

describe("paginateCatalog and catalogHref", () => {
  const results = { suggestions: suggestions.slice(0, 30), models: guidanceModels.slice(0, 12) };

  it("pages through suggestions first, then models, never more than the page size", () => {
    const first = paginateCatalog(results, 1, 25);
    expect(first).toMatchObject({
      page: 1,
      pageCount: 2,
      from: 1,
      to: 25,
      total: 42,
      totalSuggestions: 30,
      totalModels: 12,
    });
    expect(first.suggestions).toEqual(suggestions.slice(0, 25));
    expect(first.models).toEqual([]);
    const second = paginateCatalog(results, 2, 25);
    expect(second).toMatchObject({ page: 2, from: 26, to: 42 });
    expect(second.suggestions).toEqual(suggestions.slice(25, 30));
    expect(second.models).toEqual(guidanceModels.slice(0, 12));
  });

  it("clamps a page past the end and handles an empty result", () => {
    expect(paginateCatalog(results, 99, 25).page).toBe(2);
    expect(paginateCatalog({ suggestions: [], models: [] }, 3)).toMatchObject({
      page: 1,
      pageCount: 1,
      from: 0,
      to: 0,
      total: 0,
    });
  });

  it("reads the page number leniently", () => {
    expect(parseCatalogFilters({ page: "3" }).page).toBe(3);
    expect(parseCatalogFilters({ page: "-2" }).page).toBe(1);
    expect(parseCatalogFilters({ page: "abc" }).page).toBe(1);
  });

  it("builds links that keep the filters", () => {
    expect(catalogHref({ ...all, q: "säkerhet", perspective: "juridik", level: "ska" }, 2)).toBe(
      "/catalog?q=s%C3%A4kerhet&perspective=juridik&level=ska&page=2",
    );
    expect(catalogHref(all, 1)).toBe("/catalog");
  });
});
