import { describe, expect, it } from "vitest";
import { guidanceModels, suggestions } from "@/lib/catalog";
import { matchesQuery, normalize, parseCatalogFilters, searchCatalog, type CatalogFilters } from "@/lib/catalog/search";

const all: CatalogFilters = { q: "", show: "all" };

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
    expect(parseCatalogFilters({ q: "  dataskydd ", perspective: "juridik", show: "suggestions", level: "bor", kind: "law" })).toEqual({
      q: "dataskydd",
      show: "suggestions",
      perspective: "juridik",
      kind: "law",
      level: "bor",
    });
    expect(parseCatalogFilters({ perspective: "hacker", show: "<script>", level: "maybe", kind: ["digital", "law"] })).toEqual({
      q: "",
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
    expect(result.suggestions.every((s) => normalize(`${s.text} ${s.motiv} ${s.verifikat} ${s.uppfoljning}`).includes("sakerhetsskydd"))).toBe(true);
  });

  it("narrows by perspective, level and kind, each on the items it describes", () => {
    const result = searchCatalog({ ...all, perspective: "arbetsmiljo", level: "bor", kind: "law" }, guidanceModels, suggestions);
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
