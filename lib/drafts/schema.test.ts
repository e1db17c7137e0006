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
};

describe("startStepSchema", () => {
  it("accepts a complete Start step and trims text; the description is optional", () => {
    const parsed = startStepSchema.parse(valid);
    expect(parsed.title).toBe("E-tjänst för färdtjänst");
    expect(parsed.usersDescription).toBeUndefined();
  });

  it("reports every missing answer with a translation key, as the form shows them", () => {
    const result = startStepSchema.safeParse({ title: " ", organisation: "", procuredItem: "", productTypes: [], userGroups: [] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(result.error)).toEqual({
      title: ["required"],
      organisation: ["required"],
      procuredItem: ["required"],
      productTypes: ["chooseAtLeastOne"],
      personalData: ["chooseOne"],
      userGroups: ["chooseAtLeastOne"],
    });
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
    expect(draftContextSchema.parse({ title: "x", organisation: "Åre kommun" })).toEqual({ organisation: "Åre kommun" });
  });

  it("refuses a stored value that no longer matches the schema", () => {
    expect(draftContextSchema.safeParse({ personalData: "maybe" }).success).toBe(false);
  });
});
