import { describe, expect, it } from "vitest";
import { conditionsHold, rankSuggestions } from "@/lib/catalog/rank";
import { getSuggestion, suggestionsFor } from "@/lib/catalog";
import { profiles } from "@/lib/catalog/profiles/profiles";
import { expectations } from "@/lib/catalog/profiles/expectations-juridik";

const juridik = suggestionsFor("juridik");

describe("juridik expectations for the procurement profiles", () => {
  it("covers every profile with 1–3 juridik ids that exist", () => {
    for (const profile of profiles) {
      const expected = expectations[profile.id];
      expect(expected, profile.id).toBeDefined();
      expect(expected!.top5.length, profile.id).toBeGreaterThanOrEqual(1);
      expect(expected!.top5.length, profile.id).toBeLessThanOrEqual(3);
      for (const id of [...expected!.top5, ...(expected!.notTop5 ?? [])]) {
        expect(getSuggestion(id)?.perspective, `${profile.id}: ${id}`).toBe("juridik");
      }
    }
  });

  // A "not in the top five" id that the profile's conditions exclude anyway
  // would make the check empty: each one must be a candidate.
  it("names only candidates as not fitting the top five", () => {
    for (const profile of profiles) {
      for (const id of expectations[profile.id]?.notTop5 ?? []) {
        expect(conditionsHold(getSuggestion(id)!.conditions, profile.context, profile.answers), `${profile.id}: ${id}`).toBe(true);
      }
    }
  });

  for (const profile of profiles) {
    it(`ranks what ${profile.id} needs into the top five`, () => {
      const top5 = rankSuggestions(juridik, profile.context, { answers: profile.answers })
        .slice(0, 5)
        .map((ranked) => ranked.suggestion.id);
      const expected = expectations[profile.id]!;
      for (const id of expected.top5) expect(top5, `${id} missing`).toContain(id);
      for (const id of expected.notTop5 ?? []) expect(top5, `${id} should not be there`).not.toContain(id);
    });
  }
});
