import "server-only";
import { db } from "@/lib/db";
import { perspectiveAnswersSchema, type PerspectiveAnswers } from "@/lib/drafts/answers";
import { checkDraftAccess, draftWhere } from "@/lib/drafts/scope";
import { wizardSteps, type WizardStepId } from "@/lib/drafts/steps";
import { AppError, type MutationResult } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Perspective } from "@/lib/vocabulary";
import { recordRevision } from "@/lib/drafts/mutations";

type AnswersResult = MutationResult<{ version: number; updatedAt: Date }>;

type Tx = Prisma.TransactionClient;
type Change = { perspective?: Perspective; answers?: PerspectiveAnswers; step?: WizardStepId; completed?: boolean };

const stepIds = new Set<string>(wizardSteps.map((step) => step.id));

function parseCompleted(raw: unknown): WizardStepId[] {
  return Array.isArray(raw) ? raw.filter((id): id is WizardStepId => typeof id === "string" && stepIds.has(id)) : [];
}

// Same optimistic concurrency as saveStartStep: the write matches only the
// version the form was based on; a miss is a conflict or a missing draft.
async function applyChange(
  tx: Tx,
  userId: string,
  draftId: string,
  baseVersion: number,
  change: Change,
): Promise<AnswersResult> {
  const access = await checkDraftAccess(tx, userId, draftId, "edit");
  if (access !== "ok") return { ok: false, reason: access };
  const current = await tx.draft.findFirstOrThrow({
    where: draftWhere(userId, draftId, "edit"),
    select: { answers: true, completedSteps: true },
  });
  const parsed = perspectiveAnswersSchema.safeParse(current.answers);
  if (!parsed.success) throw new AppError("INTERNAL", { cause: new Error(`draft ${draftId} has invalid answers`) });
  const answers =
    change.perspective && change.answers ? { ...parsed.data, [change.perspective]: change.answers } : parsed.data;
  let completed = parseCompleted(current.completedSteps);
  if (change.step && change.completed !== undefined) {
    completed = completed.filter((id) => id !== change.step);
    if (change.completed) completed.push(change.step);
  }
  const updated = await tx.draft.updateMany({
    where: { ...draftWhere(userId, draftId, "edit"), version: baseVersion },
    data: { answers: perspectiveAnswersSchema.parse(answers), completedSteps: completed, version: { increment: 1 } },
  });
  if (updated.count === 0) return { ok: false, reason: "conflict" };
  const draft = await tx.draft.findFirstOrThrow({
    where: draftWhere(userId, draftId),
    select: { version: true, updatedAt: true },
  });
  // Same throttle rule as saveStartStep (revisionDue inside recordRevision).
  await recordRevision(tx, { draftId, userId, version: draft.version, now: draft.updatedAt });
  return { ok: true, data: draft };
}

// `completed` is optional so an autosave can store answers without touching
// the user's "Har du slutfört avsnittet?" choice.
export async function savePerspectiveAnswers(
  userId: string,
  draftId: string,
  baseVersion: number,
  perspective: Perspective,
  answers: PerspectiveAnswers,
  completed?: boolean,
): Promise<AnswersResult> {
  return db.$transaction((tx) =>
    applyChange(tx, userId, draftId, baseVersion, { perspective, answers, step: perspective, completed }),
  );
}

export async function setStepCompleted(
  userId: string,
  draftId: string,
  baseVersion: number,
  step: WizardStepId,
  completed: boolean,
): Promise<AnswersResult> {
  return db.$transaction((tx) => applyChange(tx, userId, draftId, baseVersion, { step, completed }));
}
