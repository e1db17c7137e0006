import "server-only";
import { db } from "@/lib/db";
import { parseContext } from "@/lib/drafts/data";
import { draftWhere, visibleDraftsWhere } from "@/lib/drafts/scope";
import { followUpStatus } from "@/lib/followup/due";
import { buildFollowUpPlan, type PlanRequirement, type StoredFollowUp } from "@/lib/followup/plan";
import { fromUtcDate } from "@/lib/followup/schema";
import type { DueFollowUp, FollowUpPlan } from "@/lib/followup/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { perspectiveSchema } from "@/lib/vocabulary-schema";

const requirementSelect = {
  id: true,
  perspective: true,
  number: true,
  position: true,
  text: true,
  uppfoljning: true,
} as const;
const followUpSelect = {
  requirementId: true,
  what: true,
  how: true,
  timing: true,
  role: true,
  doneAt: true,
  note: true,
} as const;

type RequirementPick = Prisma.RequirementGetPayload<{ select: typeof requirementSelect }>;
type FollowUpPick = Prisma.FollowUpItemGetPayload<{ select: typeof followUpSelect }>;

const toPlanRequirement = (row: RequirementPick): PlanRequirement => ({
  ...row,
  perspective: perspectiveSchema.parse(row.perspective),
});
const toStored = (row: FollowUpPick): StoredFollowUp => ({ ...row, doneAt: fromUtcDate(row.doneAt) });

function planOf(
  draft: { id: string; context: unknown; contractStart: Date | null },
  requirements: RequirementPick[],
  followUps: FollowUpPick[],
  today: string,
  canEdit = false,
): FollowUpPlan {
  const contractStart = fromUtcDate(draft.contractStart);
  const contractMonths = parseContext(draft.id, draft.context).contractMonths;
  const items = buildFollowUpPlan(requirements.map(toPlanRequirement), followUps.map(toStored)).map((item) => ({
    ...item,
    ...followUpStatus(item, contractStart, contractMonths, today),
  }));
  return { canEdit, contractStart, contractMonths, items };
}

// One draft's plan, scoped by the caller's read access; null = no such draft.
export async function getFollowUpPlan(userId: string, draftId: string, today: string): Promise<FollowUpPlan | null> {
  const draft = await db.draft.findFirst({
    where: draftWhere(userId, draftId, "read"),
    select: {
      id: true,
      context: true,
      contractStart: true,
      requirements: { select: requirementSelect },
      followUps: { select: followUpSelect },
    },
  });
  if (!draft) return null;
  const canEdit = (await db.draft.count({ where: draftWhere(userId, draftId, "edit") })) > 0;
  return planOf(draft, draft.requirements, draft.followUps, today, canEdit);
}

// The dashboard's "Uppföljning att göra": due items of every visible draft
// whose contract has started, oldest due first. Only drafts with a contract
// start are read, so the cost follows the contracts, not all drafts.
export async function listDueFollowUps(userId: string, today: string, limit = 20): Promise<DueFollowUp[]> {
  const drafts = await db.draft.findMany({
    where: { AND: [visibleDraftsWhere(userId), { contractStart: { not: null } }] },
    select: {
      id: true,
      title: true,
      context: true,
      contractStart: true,
      requirements: { select: requirementSelect },
      followUps: { select: followUpSelect },
    },
  });
  return drafts
    .flatMap((draft) =>
      planOf(draft, draft.requirements, draft.followUps, today)
        .items.filter((item) => item.status === "due")
        .map((item) => ({
          draftId: draft.id,
          draftTitle: draft.title,
          code: item.code,
          what: item.what,
          dueDate: item.dueDate!,
        })),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.draftTitle.localeCompare(b.draftTitle))
    .slice(0, limit);
}
