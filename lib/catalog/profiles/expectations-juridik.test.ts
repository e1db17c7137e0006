import { describe, expect, it } from "vitest";
import { conditionsHold, rankSuggestions } from "@/lib/catalog/rank";
import { getSuggestion, suggestionsFor } from "@/lib/catalog";
import { profiles } from "@/lib/catalog/profiles/profiles";
import type { DraftContext } from "@/lib/drafts/schema";
import { productTypes } from "@/lib/vocabulary";
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
        expect(
          conditionsHold(getSuggestion(id)!.conditions, profile.context, profile.answers),
          `${profile.id}: ${id}`,
        ).toBe(true);
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

  // The rules, beyond the nine profiles: the PUB-avtal ranks in the
  // top five whenever a supplier processes personal data, and third-country
  // transfer whenever that happens in a cloud service, whatever else is true.
  it("ranks the PUB-avtal, and for a cloud service third-country transfer, in the top five whenever personal data is processed", () => {
    const failures: string[] = [];
    for (const productType of productTypes)
      for (const personalData of ["ordinary", "sensitive"] as const)
        for (const critical of ["yes", "no"] as const)
          for (const aiComponent of ["yes", "no"] as const)
            for (const secrecy of ["yes", "no", "unknown"] as const) {
              const context: DraftContext = {
                organisation: "Exempelkommun",
                procuredItem: "Exempel",
                productTypes: [productType],
                personalData,
                userGroups: ["citizens", "staff"],
                critical,
                aiComponent,
                procedure: "open",
                estimatedValueSek: 3_000_000,
                contractMonths: 36,
              };
              const top5 = rankSuggestions(juridik, context, { answers: { juridik: { hosting: "unknown", secrecy } } })
                .slice(0, 5)
                .map((ranked) => ranked.suggestion.id);
              const label = `${productType}/${personalData}/critical=${critical}/ai=${aiComponent}/secrecy=${secrecy}`;
              if (!top5.includes("s-ju-pub-avtal")) failures.push(`${label}: no PUB-avtal`);
              if (productType === "cloud_saas" && !top5.includes("s-ju-tredjelandsoverforing"))
                failures.push(`${label}: no third-country transfer`);
            }
    expect(failures).toEqual([]);
  });
});
