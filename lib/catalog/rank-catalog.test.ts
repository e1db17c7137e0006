import { describe, expect, it } from "vitest";
import { suggestionsFor } from "@/lib/catalog/index";
import { rankSuggestions } from "@/lib/catalog/rank";
import type { DraftContext } from "@/lib/drafts/schema";

// The same properties as rank.test.ts, on the catalog procurers actually see.
const cloudSensitive: DraftContext = {
  productTypes: ["e_service", "cloud_saas"],
  personalData: "sensitive",
  userGroups: ["citizens", "staff"],
  critical: "no",
  aiComponent: "no",
};
const protectionTopics = new Set(["dataskydd", "sekretess", "sakerhet"]);

describe("ranking the real catalog", () => {
  it("puts every data-protection, secrecy and security suggestion of juridik above every generic one for a cloud service with sensitive data", () => {
    const ranked = rankSuggestions(suggestionsFor("juridik"), cloudSensitive);
    const protection = ranked.flatMap((r, i) =>
      protectionTopics.has(r.suggestion.topic) && Object.keys(r.suggestion.conditions).length > 0 ? [i] : [],
    );
    const generic = ranked.flatMap((r, i) => (Object.keys(r.suggestion.conditions).length === 0 ? [i] : []));
    expect(protection.length).toBeGreaterThanOrEqual(5);
    expect(generic.length).toBeGreaterThan(0);
    expect(Math.max(...protection)).toBeLessThan(Math.min(...generic));
    expect(ranked.slice(0, 5).every((r) => protectionTopics.has(r.suggestion.topic))).toBe(true);
  });

  it("ranks accessibility in the top three of kundnytta for a citizen e-service", () => {
    const ranked = rankSuggestions(suggestionsFor("kundnytta"), {
      productTypes: ["e_service"],
      userGroups: ["citizens"],
      personalData: "none",
    });
    expect(ranked.slice(0, 3).some((r) => r.suggestion.topic === "tillganglighet")).toBe(true);
  });

  it("leaves out accessibility and work environment suggestions that do not apply", () => {
    const staffOnly = rankSuggestions(suggestionsFor("kundnytta"), {
      productTypes: ["business_system"],
      userGroups: ["staff"],
    });
    expect(
      staffOnly.some(
        (r) =>
          r.suggestion.conditions.userGroups?.includes("citizens") &&
          !r.suggestion.conditions.userGroups.includes("staff"),
      ),
    ).toBe(false);
    const citizensOnly = rankSuggestions(suggestionsFor("arbetsmiljo"), {
      productTypes: ["e_service"],
      userGroups: ["citizens"],
    });
    expect(
      citizensOnly.every(
        (r) =>
          r.suggestion.conditions.userGroups === undefined || r.suggestion.conditions.userGroups.includes("citizens"),
      ),
    ).toBe(true);
  });

  it("brings AI clauses in only when the product has an AI component", () => {
    const withAi = rankSuggestions(suggestionsFor("juridik"), { ...cloudSensitive, aiComponent: "yes" });
    const withoutAi = rankSuggestions(suggestionsFor("juridik"), cloudSensitive);
    expect(withAi.some((r) => r.suggestion.topic === "ai")).toBe(true);
    expect(withoutAi.some((r) => r.suggestion.conditions.aiComponent)).toBe(false);
  });
});
