import type { FollowUpStatus } from "@/lib/followup/due";
import type { FollowUpPlanItem } from "@/lib/followup/plan";

// What the plan's page and the dashboard are given (lib/followup/data.ts reads them).
export type FollowUpPlan = {
  // Whether the caller may change the plan (redigerare or ägare).
  canEdit: boolean;
  contractStart: string | null;
  contractMonths: number | undefined;
  items: (FollowUpPlanItem & { status: FollowUpStatus; dueDate: string | null })[];
};

export type DueFollowUp = {
  draftId: string;
  draftTitle: string;
  code: string;
  what: string;
  dueDate: string;
};
