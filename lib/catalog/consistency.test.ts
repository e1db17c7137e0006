import { describe, expect, it } from "vitest";
import { suggestions } from "@/lib/catalog";
import { topIds } from "@/lib/catalog/profiles/check";
import { profiles } from "@/lib/catalog/profiles";
import type { Suggestion } from "@/lib/catalog/schema";
import { getSuggestion } from "@/lib/catalog";
import { lintRequirements, type LintRequirement } from "@/lib/review/lint";
import { perspectives } from "@/lib/vocabulary";
import { weightsAfterAccept } from "@/lib/requirements/weights";

// A procurer who accepts the top suggestions of every perspective must get a
// specification that passes the product's own lint: the catalog may not
// push the ska share over the limit, and accepting proposes bör weights
// relative to the accepted set (lib/requirements/weights.ts, as
// acceptSuggestion does) so they sum to 100 %.
const accepted = 8;

function acceptInOrder(chosen: readonly Suggestion[]): LintRequirement[] {
  const rows: LintRequirement[] = [];
  for (const suggestion of chosen) {
    let weight: number | null = null;
    if (suggestion.level === "bor") {
      const bor = rows.filter((row) => row.level === "bor");
      const proposal = weightsAfterAccept(
        bor.map((row) => ({ id: row.id, weight: row.weight, catalogWeight: getSuggestion(row.id)?.weight })),
        suggestion.weight ?? 1,
      );
      for (const row of bor) row.weight = proposal.rows.get(row.id) ?? row.weight;
      weight = proposal.added;
    }
    rows.push({ ...suggestion, id: suggestion.id, code: suggestion.id, weight });
  }
  return rows;
}

describe("accepting the top suggestions gives a consistent specification", () => {
  for (const profile of profiles) {
    it(`${profile.id}: top ${accepted} per perspective pass the ska share and weight sum rules`, () => {
      const chosen = perspectives.flatMap((perspective) =>
        topIds(suggestions, perspective, profile, accepted).map((id) => getSuggestion(id)!),
      );
      const warnings = lintRequirements(acceptInOrder(chosen)).filter(
        (w) => w.rule === "skaShare" || w.rule === "weightSum",
      );
      expect(warnings).toEqual([]);
    });
  }
});
