import "server-only";
import { db } from "@/lib/db";
import { draftWhere, visibleDraftsWhere, type DraftPermission } from "@/lib/drafts/scope";
import { AppError } from "@/lib/errors";
import { draftContextSchema, draftStatusSchema, type DraftContext, type DraftStatus } from "@/lib/drafts/schema";
import type { DraftDetail, DraftSummary } from "@/lib/drafts/types";
import { perspectiveAnswersSchema, type DraftAnswers } from "@/lib/drafts/answers";
import { wizardSteps, type WizardStepId } from "@/lib/drafts/steps";
import { perspectives, type Perspective } from "@/lib/vocabulary";
import { perspectiveSchema } from "@/lib/vocabulary-schema";

// Stored JSON is parsed on every read: a row that no longer matches the schema
// is a bug to surface, not data to show half-understood.
export function parseContext(draftId: string, raw: unknown): DraftContext {
  const parsed = draftContextSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError("INTERNAL", {
      cause: new Error(`draft ${draftId} has an invalid context: ${parsed.error.message}`),
    });
  }
  return parsed.data;
}

export function parseAnswers(draftId: string, raw: unknown): DraftAnswers {
  const parsed = perspectiveAnswersSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError("INTERNAL", {
      cause: new Error(`draft ${draftId} has invalid answers: ${parsed.error.message}`),
    });
  }
  return parsed.data;
}

const stepIds = new Set<string>(wizardSteps.map((step) => step.id));

function parseCompletedSteps(raw: unknown): WizardStepId[] {
  return Array.isArray(raw) ? raw.filter((id): id is WizardStepId => typeof id === "string" && stepIds.has(id)) : [];
}

function parseStatus(raw: string): DraftStatus {
  return draftStatusSchema.safeParse(raw).data ?? "draft";
}

export async function listDraftsForUser(userId: string): Promise<DraftSummary[]> {
  const rows = await db.draft.findMany({
    where: visibleDraftsWhere(userId),
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, status: true, version: true, updatedAt: true, organizationId: true },
  });
  return rows.map((row) => ({ ...row, status: parseStatus(row.status) }));
}

// Scoped by owner in the query itself: a foreign id reads exactly like a
// missing one (null → 404), so no caller can leak another user's draft.
// `permission` lets an action that edits (or exports) load the draft only when
// the caller's role allows it; checkDraftAccess tells 403 from 404.
export async function getDraftForUser(
  userId: string,
  draftId: string,
  permission: DraftPermission = "read",
): Promise<DraftDetail | null> {
  const row = await db.draft.findFirst({
    where: draftWhere(userId, draftId, permission),
    include: { requirements: { select: { perspective: true } } },
  });
  if (!row) return null;
  const requirementCounts = Object.fromEntries(perspectives.map((p) => [p, 0])) as Record<Perspective, number>;
  for (const requirement of row.requirements) {
    const perspective = perspectiveSchema.safeParse(requirement.perspective);
    if (perspective.success) requirementCounts[perspective.data] += 1;
  }
  return {
    id: row.id,
    title: row.title,
    status: parseStatus(row.status),
    version: row.version,
    updatedAt: row.updatedAt,
    organizationId: row.organizationId,
    createdAt: row.createdAt,
    context: parseContext(row.id, row.context),
    answers: parseAnswers(row.id, row.answers),
    completedSteps: parseCompletedSteps(row.completedSteps),
    requirementCounts,
  };
}

// The Start step as stored now, for the conflict dialog: what the other save
// wrote and the version to save against next.
export async function getStartValues(
  userId: string,
  draftId: string,
): Promise<{ version: number; values: DraftContext & { title: string } } | null> {
  const row = await db.draft.findFirst({
    where: draftWhere(userId, draftId),
    select: { id: true, title: true, context: true, version: true },
  });
  if (!row) return null;
  return { version: row.version, values: { ...parseContext(row.id, row.context), title: row.title } };
}
