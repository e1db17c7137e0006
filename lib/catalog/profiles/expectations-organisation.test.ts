import { describe, expect, it } from "vitest";
import { getSuggestion, suggestionsFor } from "@/lib/catalog";
import { rankSuggestions } from "@/lib/catalog/rank";
import { profileIds, profiles } from "@/lib/catalog/profiles/profiles";
import { expectations } from "@/lib/catalog/profiles/expectations-organisation";

// The organisation perspective's top five for each procurement profile, ranked
// exactly as the wizard ranks them (Start context plus guided answers).
describe("organisation expectations per procurement profile", () => {
  it("has expectations for every profile, naming existing organisation suggestions", () => {
    expect(Object.keys(expectations).sort()).toEqual([...profileIds].sort());
    for (const expectation of Object.values(expectations)) {
      for (const id of [...expectation.top5, ...(expectation.notTop5 ?? [])]) {
        expect(getSuggestion(id)?.perspective, id).toBe("organisation");
      }
      expect(expectation.top5.length).toBeGreaterThanOrEqual(1);
      expect(expectation.top5.length).toBeLessThanOrEqual(3);
    }
  });

  for (const profile of profiles) {
    it(`ranks what ${profile.id} needs into the top five`, () => {
      const expectation = expectations[profile.id];
      const ranked = rankSuggestions(suggestionsFor("organisation"), profile.context, { answers: profile.answers });
      const top5 = ranked.slice(0, 5).map((entry) => entry.suggestion.id);
      for (const id of expectation?.top5 ?? []) expect(top5, `${profile.id} should show ${id}`).toContain(id);
      for (const id of expectation?.notTop5 ?? [])
        expect(top5, `${profile.id} should not show ${id}`).not.toContain(id);
    });
  }
});
