import { startStepSchema, type DraftContext } from "@/lib/drafts/schema";

// The wizard's steps in order. Labels live in messages/*.json under
// "steps.<id>"; a step without a path is announced but not built yet.
export const wizardSteps = [
  { id: "start", path: "start" },
  { id: "kundnytta", path: null },
  { id: "juridik", path: null },
  { id: "arbetsmiljo", path: null },
  { id: "organisation", path: null },
  { id: "granska", path: null },
  { id: "exportera", path: "export" },
] as const;

export type WizardStepId = (typeof wizardSteps)[number]["id"];
export type StepStatus = "notStarted" | "inProgress" | "completed" | "comingSoon" | "available";

// A new draft has an empty title (the UI shows a placeholder name for it).
export function startStepStatus(title: string, context: DraftContext): StepStatus {
  const complete = startStepSchema.safeParse({ title, ...context }).success;
  if (complete) return "completed";
  const answered = (value: unknown) => value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0);
  const touched = title !== "" || Object.values(context).some(answered);
  return touched ? "inProgress" : "notStarted";
}

export function stepStatuses(title: string, context: DraftContext): Record<WizardStepId, StepStatus> {
  return {
    start: startStepStatus(title, context),
    kundnytta: "comingSoon",
    juridik: "comingSoon",
    arbetsmiljo: "comingSoon",
    organisation: "comingSoon",
    granska: "comingSoon",
    exportera: "available",
  };
}
