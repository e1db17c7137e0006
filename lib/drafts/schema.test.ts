import { describe, expect, it } from "vitest";
import { draftContextSchema, startStepSchema } from "@/lib/drafts/schema";
import { fieldErrorsOf } from "@/lib/validation";

const valid = {
  title: "  E-tjänst för färdtjänst  ",
  organisation: "Växjö kommun",
  procuredItem: "Ärendehantering för färdtjänst",
  productTypes: ["e_service", "cloud_saas"],
  personalData: "sensitive",
  userGroups: ["citizens"],
  critical: "no",
  aiComponent: "no",
  procedure: "undecided",
};

describe("startStepSchema", () => {
  it("accepts a complete Start step and trims text; the description is optional", () => {
    const parsed = startStepSchema.parse(valid);
    expect(parsed.title).toBe("E-tjänst för färdtjänst");
    expect(parsed.usersDescription).toBeUndefined();
  });

  it("reports every missing answer with a translation key, as the form shows them", () => {
    const result = startStepSchema.safeParse({
      title: " ",
      organisation: "",
      procuredItem: "",
      productTypes: [],
      userGroups: [],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(result.error)).toEqual({
      title: ["required"],
      organisation: ["required"],
      procuredItem: ["required"],
      productTypes: ["chooseAtLeastOne"],
      personalData: ["chooseOne"],
      userGroups: ["chooseAtLeastOne"],
      critical: ["chooseOne"],
      aiComponent: ["chooseOne"],
      procedure: ["chooseOne"],
    });
  });

  it("reads number boxes as optional whole numbers and rejects nonsense", () => {
    const blank = startStepSchema.parse({
      ...valid,
      estimatedValueSek: "",
      contractMonths: "",
      userCounts: { citizens: "" },
    });
    expect(blank.estimatedValueSek).toBeUndefined();
    expect(blank.userCounts?.citizens).toBeUndefined();
    const filled = startStepSchema.parse({
      ...valid,
      estimatedValueSek: "2500000",
      contractMonths: "48",
      userCounts: { staff: "25" },
    });
    expect(filled).toMatchObject({ estimatedValueSek: 2_500_000, contractMonths: 48, userCounts: { staff: 25 } });
    const bad = startStepSchema.safeParse({
      ...valid,
      estimatedValueSek: "många",
      contractMonths: "2.5",
      userCounts: { staff: "-3" },
    });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      const errors = fieldErrorsOf(bad.error);
      expect(errors.estimatedValueSek).toEqual(["notANumber"]);
      expect(errors.contractMonths).toEqual(["notAWholeNumber"]);
    }
  });

  it("treats an unselected radio (null from the form) as a missing choice", () => {
    const result = startStepSchema.safeParse({ ...valid, personalData: null });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error).personalData).toEqual(["chooseOne"]);
  });

  it("rejects values outside the lists and text over the limits", () => {
    const result = startStepSchema.safeParse({
      ...valid,
      title: "å".repeat(201),
      productTypes: ["blockchain"],
      personalData: "some",
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      const errors = fieldErrorsOf(result.error);
      expect(errors.title).toEqual(["tooLong"]);
      expect(errors.productTypes).toBeDefined();
      expect(errors.personalData).toEqual(["chooseOne"]);
    }
  });
});

describe("draftContextSchema", () => {
  it("stores a new draft as an empty context and never keeps the title", () => {
    expect(draftContextSchema.parse({})).toEqual({});
    expect(draftContextSchema.parse({ title: "x", organisation: "Åre kommun" })).toEqual({
      organisation: "Åre kommun",
    });
  });

  it("refuses a stored value that no longer matches the schema", () => {
    expect(draftContextSchema.safeParse({ personalData: "maybe" }).success).toBe(false);
  });
});
