import { describe, expect, it } from "vitest";
import { requirementHref, warningHref } from "@/lib/review/links";

describe("review links", () => {
  it("points a requirement at its anchor on the perspective page", () => {
    expect(requirementHref("d1", "kundnytta", "KN-3")).toBe("/drafts/d1/kundnytta#krav-KN-3");
  });

  it("links a warning to its requirement, its perspective, or nowhere", () => {
    expect(
      warningHref("d1", { rule: "vagueWords", requirementId: "r", code: "JU-2", perspective: "juridik", params: {} }),
    ).toBe("/drafts/d1/juridik#krav-JU-2");
    expect(warningHref("d1", { rule: "emptyPerspective", perspective: "arbetsmiljo", params: {} })).toBe(
      "/drafts/d1/arbetsmiljo",
    );
    expect(warningHref("d1", { rule: "weightSum", params: { sum: 70, count: 2, missing: 0 } })).toBeNull();
  });
});
