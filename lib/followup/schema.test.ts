import { describe, expect, it } from "vitest";
import { contractStartInputSchema } from "@/lib/followup/schema";

describe("the date fields", () => {
  it("refuse any text that is not a calendar day with invalidDate, without throwing", () => {
    for (const contractStart of ["igår", "2027-13-45", "2027-02-30", "9999999-01-01", "\u0000", "2027-1-1"]) {
      const parsed = contractStartInputSchema.safeParse({ contractStart });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message)).toContain("invalidDate");
    }
    expect(contractStartInputSchema.parse({ contractStart: "2027-02-28" })).toEqual({ contractStart: "2027-02-28" });
  });
});
