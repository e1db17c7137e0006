import { describe, expect, it } from "vitest";
import { draftContextSchema, startStepDraftSchema } from "@/lib/drafts/schema";

describe("startStepDraftSchema", () => {
  it("accepts a half-filled form and turns empty answers into unanswered ones", () => {
    const parsed = startStepDraftSchema.parse({
      title: "Halvfärdig",
      organisation: "",
      productTypes: [],
      personalData: null,
      userCounts: { citizens: "", staff: "12" },
      estimatedValueSek: "",
    });
    expect(parsed).toMatchObject({ title: "Halvfärdig", userCounts: { staff: 12 } });
    expect(parsed.organisation).toBeUndefined();
    expect(parsed.productTypes).toBeUndefined();
    expect(draftContextSchema.safeParse({ ...parsed, title: undefined }).success).toBe(true);
  });

  it("still refuses what no step may store", () => {
    expect(startStepDraftSchema.safeParse({ title: "x".repeat(201) }).success).toBe(false);
    expect(startStepDraftSchema.safeParse({ title: "", personalData: "maybe" }).success).toBe(false);
    expect(startStepDraftSchema.safeParse({ title: "", contractMonths: "-3" }).success).toBe(false);
  });
});

describe("startStepDraftSchema, derived from startStepSchema", () => {
  it("treats whitespace-only text as unanswered and names a bad option with a translation key", () => {
    expect(startStepDraftSchema.parse({ title: "", organisation: "   " }).organisation).toBeUndefined();
    const bad = startStepDraftSchema.safeParse({ title: "", productTypes: ["blockchain"] });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.message).toBe("chooseOne");
  });
});
