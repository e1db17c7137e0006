import { describe, expect, it } from "vitest";
import { conditionsHold, rankSuggestions } from "@/lib/catalog/rank";
import { getSuggestion, suggestionsFor } from "@/lib/catalog";
import { profiles } from "@/lib/catalog/profiles/profiles";
import { expectations } from "@/lib/catalog/profiles/expectations-arbetsmiljo";
import { lintRequirements } from "@/lib/review/lint";

const arbetsmiljo = suggestionsFor("arbetsmiljo");
const ranked = (profile: (typeof profiles)[number], count: number) =>
  rankSuggestions(arbetsmiljo, profile.context, { answers: profile.answers })
    .slice(0, count)
    .map((entry) => entry.suggestion);

describe("arbetsmiljö expectations for the procurement profiles", () => {
  it("covers every profile with 1–3 arbetsmiljö ids that exist", () => {
    for (const profile of profiles) {
      const expected = expectations[profile.id];
      expect(expected, profile.id).toBeDefined();
      expect(expected!.top5.length, profile.id).toBeGreaterThanOrEqual(1);
      expect(expected!.top5.length, profile.id).toBeLessThanOrEqual(3);
      for (const id of [...expected!.top5, ...(expected!.notTop5 ?? [])]) {
        expect(getSuggestion(id)?.perspective, `${profile.id}: ${id}`).toBe("arbetsmiljo");
      }
    }
  });

  // An id the profile's conditions exclude anyway would make the check empty.
  it("names only candidates as not fitting the top five", () => {
    for (const profile of profiles) {
      for (const id of expectations[profile.id]?.notTop5 ?? []) {
        expect(
          conditionsHold(getSuggestion(id)!.conditions, profile.context, profile.answers),
          `${profile.id}: ${id}`,
        ).toBe(true);
      }
    }
  });

  for (const profile of profiles) {
    it(`ranks what ${profile.id} needs into the top five`, () => {
      const top5 = ranked(profile, 5).map((suggestion) => suggestion.id);
      const expected = expectations[profile.id]!;
      for (const id of expected.top5) expect(top5, `${id} missing`).toContain(id);
      for (const id of expected.notTop5 ?? []) expect(top5, `${id} should not be there`).not.toContain(id);
    });
  }

  // Accepting the top eight of this perspective must not by itself push the
  // specification towards the lint's ska limit: bör-krav have to surface too.
  it("keeps the ska share of the top eight bidder-facing suggestions at or below 75 %", () => {
    for (const profile of profiles) {
      const facing = ranked(profile, 8).filter((suggestion) => suggestion.kravtyp !== "IN");
      if (facing.length < 4) continue;
      const ska = facing.filter((suggestion) => suggestion.level === "ska").length;
      expect(ska / facing.length, `${profile.id}: ${ska}/${facing.length}`).toBeLessThanOrEqual(0.75);
    }
  });

  it("passes the product's own lint when every arbetsmiljö suggestion is accepted", () => {
    const requirements = arbetsmiljo.map((suggestion) => ({
      ...suggestion,
      code: suggestion.id,
      weight: suggestion.weight ?? null,
    }));
    const rules = lintRequirements(requirements, { perspectives: ["arbetsmiljo"] }).map((warning) => warning.rule);
    // Weights are relative and normalised when accepted (weightSum is the lead's concern).
    expect(rules.filter((rule) => rule !== "weightSum")).toEqual([]);
  });
});
