import { describe, expect, it } from "vitest";
import {
  adjacentSteps,
  isPerspective,
  perspectiveStepStatus,
  startStepStatus,
  stepPath,
  stepStatuses,
  wizardSteps,
} from "@/lib/drafts/steps";

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

  it("marks a perspective Ej påbörjad, Påbörjad from an answer or a requirement, and Klar only when the user said so", () => {
    const empty = { answers: {}, completedSteps: [], requirementCounts: {} };
    expect(perspectiveStepStatus("kundnytta", empty)).toBe("notStarted");
    expect(perspectiveStepStatus("kundnytta", { ...empty, answers: { kundnytta: { needs: "  " } } })).toBe(
      "notStarted",
    );
    expect(perspectiveStepStatus("kundnytta", { ...empty, answers: { kundnytta: { channels: ["web"] } } })).toBe(
      "inProgress",
    );
    expect(perspectiveStepStatus("juridik", { ...empty, requirementCounts: { juridik: 1 } })).toBe("inProgress");
    expect(perspectiveStepStatus("juridik", { ...empty, completedSteps: ["juridik"] })).toBe("completed");
    expect(perspectiveStepStatus("kundnytta", { ...empty, completedSteps: ["juridik"] })).toBe("notStarted");
  });

  it("links every step and keeps review and export available", () => {
    const statuses = stepStatuses("", {});
    expect(statuses.kundnytta).toBe("notStarted");
    expect(statuses.granska).toBe("available");
    expect(statuses.exportera).toBe("available");
    expect(wizardSteps.every((step) => step.path !== null)).toBe(true);
    expect(stepPath("abc", "granska")).toBe("/drafts/abc/granska");
    expect(stepPath("abc", "exportera")).toBe("/drafts/abc/export");
  });

  it("knows each step's neighbours and which ids are perspectives", () => {
    expect(adjacentSteps("kundnytta")).toEqual({ previous: "start", next: "juridik" });
    expect(adjacentSteps("organisation")).toEqual({ previous: "arbetsmiljo", next: "granska" });
    expect(adjacentSteps("start").previous).toBeNull();
    expect(isPerspective("arbetsmiljo")).toBe(true);
    expect(isPerspective("granska")).toBe(false);
  });
});
