import { describe, expect, it } from "vitest";
import { coverage } from "@/lib/review/coverage";

describe("coverage", () => {
  it("counts per perspective × kravtyp, ska/bör per perspective and totals", () => {
    const result = coverage([
      { perspective: "kundnytta", kravtyp: "KF", level: "ska" },
      { perspective: "kundnytta", kravtyp: "KF", level: "bor" },
      { perspective: "kundnytta", kravtyp: "TK", level: "bor" },
      { perspective: "juridik", kravtyp: "AV", level: "ska" },
      { perspective: "organisation", kravtyp: "IN", level: "ska" },
    ]);
    expect(result.rows.kundnytta).toEqual({
      byKravtyp: { KF: 2, KQ: 0, TK: 1, AV: 0, IN: 0 },
      byLevel: { ska: 1, bor: 2 },
      total: 3,
    });
    expect(result.rows.juridik).toEqual({
      byKravtyp: { KF: 0, KQ: 0, TK: 0, AV: 1, IN: 0 },
      byLevel: { ska: 1, bor: 0 },
      total: 1,
    });
    expect(result.rows.arbetsmiljo.total).toBe(0);
    expect(result.rows.organisation.byKravtyp.IN).toBe(1);
    expect(result.totals).toEqual({
      byKravtyp: { KF: 2, KQ: 0, TK: 1, AV: 1, IN: 1 },
      byLevel: { ska: 3, bor: 2 },
      total: 5,
    });
  });

  it("gives a full table of zeros for a draft without requirements", () => {
    const result = coverage([]);
    expect(Object.keys(result.rows)).toEqual(["kundnytta", "juridik", "arbetsmiljo", "organisation"]);
    expect(result.totals).toEqual({
      byKravtyp: { KF: 0, KQ: 0, TK: 0, AV: 0, IN: 0 },
      byLevel: { ska: 0, bor: 0 },
      total: 0,
    });
  });

  it("keeps rows independent of each other", () => {
    const result = coverage([{ perspective: "juridik", kravtyp: "KQ", level: "ska" }]);
    expect(result.rows.kundnytta.byKravtyp.KQ).toBe(0);
    expect(result.rows.juridik.byKravtyp.KQ).toBe(1);
  });
});
