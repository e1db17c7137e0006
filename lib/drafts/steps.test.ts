import { describe, expect, it } from "vitest";
import { startStepStatus, stepStatuses, wizardSteps } from "@/lib/drafts/steps";

describe("wizard steps", () => {
  it("lists the seven steps in the order the procurer works through them", () => {
    expect(wizardSteps.map((s) => s.id)).toEqual([
      "start",
      "kundnytta",
      "juridik",
      "arbetsmiljo",
      "organisation",
      "granska",
      "exportera",
    ]);
  });

  it("marks Start as not started, in progress or completed", () => {
    expect(startStepStatus("", {})).toBe("notStarted");
    expect(startStepStatus("", { productTypes: [], usersDescription: "" })).toBe("notStarted");
    expect(startStepStatus("Skolplattform", {})).toBe("inProgress");
    expect(startStepStatus("", { organisation: "Umeå kommun" })).toBe("inProgress");
    expect(
      startStepStatus("Skolplattform", {
        organisation: "Umeå kommun",
        procuredItem: "Lärplattform",
        productTypes: ["cloud_saas"],
        personalData: "sensitive",
        userGroups: ["citizens", "staff"],
        critical: "yes",
        aiComponent: "no",
        procedure: "open",
      }),
    ).toBe("completed");
  });

  it("shows the perspective steps as coming soon and export as available", () => {
    const statuses = stepStatuses("", {});
    expect(statuses.kundnytta).toBe("comingSoon");
    expect(statuses.granska).toBe("comingSoon");
    expect(statuses.exportera).toBe("available");
  });
});
