import { describe, expect, it } from "vitest";
import { panelSuggestions } from "@/lib/suggestions/panel";
import { fixtureModels, fixtureSuggestions } from "@/lib/testing/catalog-fixtures";
import { sampleStart } from "@/lib/testing/sample-start";

const { title: _title, ...context } = sampleStart;
void _title;
const base = { suggestions: fixtureSuggestions, models: fixtureModels, context, acceptedIds: [], dismissedIds: [] };

describe("suggestion panel selection", () => {
  it("shows only the step's perspective and only suggestions whose conditions hold", () => {
    const { shown } = panelSuggestions({ ...base, perspective: "kundnytta" });
    const ids = shown.map((s) => s.id);
    expect(ids).toContain("s-test-kn-behov");
    expect(ids).toContain("s-test-kn-tillganglighet");
    // The draft has no AI component, so the AI suggestion stays out.
    expect(ids).not.toContain("s-test-kn-ai");
    expect(ids.every((id) => id.startsWith("s-test-kn-"))).toBe(true);
  });

  it("leaves out accepted suggestions and lists dismissed ones apart", () => {
    const { shown, dismissed } = panelSuggestions({
      ...base,
      perspective: "juridik",
      acceptedIds: ["s-test-ju-pub"],
      dismissedIds: ["s-test-ju-arkiv"],
    });
    expect(shown.map((s) => s.id)).not.toContain("s-test-ju-pub");
    expect(shown.map((s) => s.id)).not.toContain("s-test-ju-arkiv");
    expect(dismissed.map((s) => s.id)).toEqual(["s-test-ju-arkiv"]);
  });

  it("resolves source models to their names and links", () => {
    const { shown } = panelSuggestions({ ...base, perspective: "juridik" });
    const thirdCountry = shown.find((s) => s.id === "s-test-ju-tredjeland");
    expect(thirdCountry?.sources).toEqual([
      { id: "m-test-dataskydd", name: "Testvägledning om dataskydd", url: "https://example.org/dataskydd" },
      { id: "m-test-process", name: "Testmodell för upphandlingsprocessen", url: "https://example.org/process" },
    ]);
    expect(thirdCountry?.reasons.length).toBeGreaterThan(0);
  });

  it("leads with the short title, and says when a suggestion has none", () => {
    const titled = { ...fixtureSuggestions[0]!, title: "Behovsanalys med användarna" };
    const { shown } = panelSuggestions({
      ...base,
      suggestions: [titled, ...fixtureSuggestions.slice(1)],
      perspective: "kundnytta",
    });
    expect(shown.find((s) => s.id === titled.id)?.title).toBe("Behovsanalys med användarna");
    expect(shown.find((s) => s.id === "s-test-kn-effekt")?.title).toBeNull();
  });

  it("lets the guided answers refine what is shown, as the relevance profiles do", () => {
    const secrecy = {
      ...fixtureSuggestions.find((s) => s.id === "s-test-ju-arkiv")!,
      id: "s-test-ju-osl",
      conditions: { secrecy: true as const },
    };
    const input = {
      ...base,
      context: { ...context, personalData: "ordinary" as const },
      suggestions: [secrecy],
      perspective: "juridik" as const,
    };
    expect(panelSuggestions(input).shown).toEqual([]);
    const answered = panelSuggestions({ ...input, answers: { juridik: { secrecy: "yes" } } }).shown;
    expect(answered.map((s) => [s.id, s.reasons])).toEqual([["s-test-ju-osl", ["secrecy"]]]);
  });
});
