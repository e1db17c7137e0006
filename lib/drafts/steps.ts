import { isAnswered, type DraftAnswers } from "@/lib/drafts/answers";
import { startStepSchema, type DraftContext } from "@/lib/drafts/schema";
import { perspectives, type Perspective } from "@/lib/vocabulary";

// The wizard's steps in order. Labels live in messages/*.json under
// "steps.<id>"; a step without a path is announced but not built yet.
export const wizardSteps = [
  { id: "start", path: "start" },
  { id: "kundnytta", path: "kundnytta" },
  { id: "juridik", path: "juridik" },
  { id: "arbetsmiljo", path: "arbetsmiljo" },
  { id: "organisation", path: "organisation" },
  { id: "granska", path: "granska" },
  { id: "exportera", path: "export" },
] as const;

export type WizardStepId = (typeof wizardSteps)[number]["id"];
export type StepStatus = "notStarted" | "inProgress" | "completed" | "comingSoon" | "available";

// What the perspective statuses are computed from (Draft.answers,
// Draft.completedSteps and the requirement rows).
export type StepProgress = {
  answers: DraftAnswers;
  completedSteps: readonly WizardStepId[];
  requirementCounts: Partial<Record<Perspective, number>>;
};

const noProgress: StepProgress = { answers: {}, completedSteps: [], requirementCounts: {} };

export function isPerspective(value: string): value is Perspective {
  return (perspectives as readonly string[]).includes(value);
}

export function stepPath(draftId: string, id: WizardStepId): string {
  const step = wizardSteps.find((s) => s.id === id);
  return `/drafts/${draftId}/${step?.path ?? ""}`;
}

// The neighbours of a step, for "Spara och fortsätt" and the back link.
export function adjacentSteps(id: WizardStepId): { previous: WizardStepId | null; next: WizardStepId | null } {
  const index = wizardSteps.findIndex((step) => step.id === id);
  return { previous: wizardSteps[index - 1]?.id ?? null, next: wizardSteps[index + 1]?.id ?? null };
}

// A new draft has an empty title (the UI shows a placeholder name for it).
export function startStepStatus(title: string, context: DraftContext): StepStatus {
  const complete = startStepSchema.safeParse({ title, ...context }).success;
  if (complete) return "completed";
  const answered = (value: unknown) =>
    value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0);
  const touched = title !== "" || Object.values(context).some(answered);
  return touched ? "inProgress" : "notStarted";
}

// Klar only when the user said so ("Har du slutfört avsnittet?" → Ja);
// anything answered or any requirement makes it Påbörjad.
export function perspectiveStepStatus(perspective: Perspective, progress: StepProgress): StepStatus {
  if (progress.completedSteps.includes(perspective)) return "completed";
  const answers = progress.answers[perspective] ?? {};
  const touched = Object.values(answers).some(isAnswered) || (progress.requirementCounts[perspective] ?? 0) > 0;
  return touched ? "inProgress" : "notStarted";
}

export function stepStatuses(
  title: string,
  context: DraftContext,
  progress: StepProgress = noProgress,
): Record<WizardStepId, StepStatus> {
  return {
    start: startStepStatus(title, context),
    kundnytta: perspectiveStepStatus("kundnytta", progress),
    juridik: perspectiveStepStatus("juridik", progress),
    arbetsmiljo: perspectiveStepStatus("arbetsmiljo", progress),
    organisation: perspectiveStepStatus("organisation", progress),
    granska: "available",
    exportera: "available",
  };
}

// Every step with its link and status, for the task list and the step list.
export function stepItems(
  draftId: string,
  statuses: Record<WizardStepId, StepStatus>,
): { id: WizardStepId; href: string; status: StepStatus }[] {
  return wizardSteps.map((step) => ({ id: step.id, href: stepPath(draftId, step.id), status: statuses[step.id] }));
}
