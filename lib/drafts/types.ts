import type { DraftAnswers } from "@/lib/drafts/answers";
import type { DraftContext, DraftStatus } from "@/lib/drafts/schema";
import type { WizardStepId } from "@/lib/drafts/steps";
import type { ActionResult } from "@/lib/errors";
import type { Perspective } from "@/lib/vocabulary";

export type DraftSummary = {
  id: string;
  title: string;
  status: DraftStatus;
  version: number;
  updatedAt: Date;
  // null = the author's personal space.
  organizationId: string | null;
};

export type DraftDetail = DraftSummary & {
  context: DraftContext;
  createdAt: Date;
  // Guided answers per perspective and the steps marked "Klar".
  answers: DraftAnswers;
  completedSteps: WizardStepId[];
  requirementCounts: Record<Perspective, number>;
};

// What every save of a step answers (the Start step, a perspective's guided
// answers; through a server action or the autosave route alike).
export type SaveResult = ActionResult<{ version: number; savedAt: string }>;
