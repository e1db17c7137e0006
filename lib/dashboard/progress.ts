import { startStepStatus, wizardSteps } from "@/lib/drafts/steps";
import type { DraftContext } from "@/lib/drafts/schema";
import { perspectives, type Perspective } from "@/lib/vocabulary";

// "Avsnitt klara" on the dashboard, out of the wizard's seven sections:
//   Start        – every required Start answer given (the step's own status);
//   a perspective – marked Klar by the user ("Har du slutfört avsnittet?");
//   Granska      – requirements written and no open quality warning left;
//   Exportera    – a document has been exported (a ready export exists).
// Derived from what is stored, so no extra state can drift out of step.
export type ProgressInput = {
  title: string;
  context: DraftContext;
  completedSteps: readonly string[];
  requirementCounts: Record<Perspective, number>;
  warnings: number;
  exported: boolean;
};

export const sectionCount = wizardSteps.length;

export function sectionsDone(input: ProgressInput): number {
  const requirements = perspectives.reduce((sum, p) => sum + input.requirementCounts[p], 0);
  const done = [
    startStepStatus(input.title, input.context) === "completed",
    ...perspectives.map((p) => input.completedSteps.includes(p)),
    requirements > 0 && input.warnings === 0,
    input.exported,
  ];
  return done.filter(Boolean).length;
}

// Perspectives with a gap: nothing written there yet, or not marked Klar.
// The same rule as the dashboard's "Perspektiv med luckor" filter.
export function perspectiveGaps(input: Pick<ProgressInput, "completedSteps" | "requirementCounts">): Perspective[] {
  return perspectives.filter((p) => input.requirementCounts[p] === 0 || !input.completedSteps.includes(p));
}
