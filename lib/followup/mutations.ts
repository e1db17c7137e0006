import "server-only";
import { db } from "@/lib/db";
import { checkDraftAccess } from "@/lib/drafts/scope";
import type { MutationResult } from "@/lib/errors";
import { toUtcDate, type FollowUpDoneValues, type FollowUpItemValues } from "@/lib/followup/schema";

// Edits to the uppföljningsplan. They do not bump the draft's version: the
// plan is worked on after the contract is signed, beside the requirements,
// and must not turn an open editor's next save into a conflict. An export
// still shows the plan as it was when the export was made (its snapshot).
type Result = MutationResult<undefined, "not_found" | "forbidden">;

async function withRequirement(
  userId: string,
  draftId: string,
  requirementId: string,
  write: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<unknown>,
): Promise<Result> {
  return db.$transaction(async (tx) => {
    const access = await checkDraftAccess(tx, userId, draftId, "edit");
    if (access !== "ok") return { ok: false, reason: access };
    // A requirement of another draft is as missing as one that never was.
    if (!(await tx.requirement.count({ where: { id: requirementId, draftId } })))
      return { ok: false, reason: "not_found" };
    await write(tx);
    return { ok: true, data: undefined };
  });
}

export async function saveFollowUpItem(
  userId: string,
  draftId: string,
  requirementId: string,
  input: FollowUpItemValues,
): Promise<Result> {
  const data = { what: input.what, how: input.how, timing: input.timing, role: input.role };
  return withRequirement(userId, draftId, requirementId, (tx) =>
    tx.followUpItem.upsert({ where: { requirementId }, create: { requirementId, draftId, ...data }, update: data }),
  );
}

export async function recordFollowUpDone(
  userId: string,
  draftId: string,
  requirementId: string,
  input: FollowUpDoneValues,
): Promise<Result> {
  const data = { doneAt: toUtcDate(input.doneAt), note: input.note };
  return withRequirement(userId, draftId, requirementId, (tx) =>
    tx.followUpItem.upsert({ where: { requirementId }, create: { requirementId, draftId, ...data }, update: data }),
  );
}

export async function setContractStart(userId: string, draftId: string, contractStart: string): Promise<Result> {
  return db.$transaction(async (tx) => {
    const access = await checkDraftAccess(tx, userId, draftId, "edit");
    if (access !== "ok") return { ok: false, reason: access };
    await tx.draft.update({ where: { id: draftId }, data: { contractStart: toUtcDate(contractStart) } });
    return { ok: true, data: undefined };
  });
}
