import type { DraftAnswers } from "@/lib/drafts/answers";
import type { DraftContext, DraftStatus } from "@/lib/drafts/schema";
import type { WizardStepId } from "@/lib/drafts/steps";
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
