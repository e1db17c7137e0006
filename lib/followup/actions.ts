"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { parseInput, serverAction } from "@/lib/auth/server-action";
import { draftIdSchema } from "@/lib/drafts/schema";
import type { ActionResult } from "@/lib/errors";
import { recordFollowUpDone, saveFollowUpItem, setContractStart } from "@/lib/followup/mutations";
import { contractStartInputSchema, followUpDoneInputSchema, followUpItemInputSchema } from "@/lib/followup/schema";

// The uppföljningsplan's three forms (/drafts/[draftId]/uppfoljning): each
// needs redigerare, like every other change to a draft.
const requirementIdSchema = z.cuid();

function revalidate(draftId: string) {
  revalidatePath(`/drafts/${draftId}/uppfoljning`);
  revalidatePath("/drafts");
}

export async function saveFollowUpItemAction(
  draftId: string,
  requirementId: string,
  input: unknown,
): Promise<ActionResult> {
  const ids = { draftId: [draftIdSchema, draftId], requirementId: [requirementIdSchema, requirementId] } as const;
  return serverAction({ ids, permission: "edit" }, async (user, parsedIds) => {
    const parsed = parseInput(followUpItemInputSchema, input);
    if (!parsed.ok) return parsed;
    const result = await saveFollowUpItem(user.id, parsedIds.draftId, parsedIds.requirementId, parsed.data);
    if (result.ok) revalidate(parsedIds.draftId);
    return result;
  });
}

export async function recordFollowUpDoneAction(
  draftId: string,
  requirementId: string,
  input: unknown,
): Promise<ActionResult> {
  const ids = { draftId: [draftIdSchema, draftId], requirementId: [requirementIdSchema, requirementId] } as const;
  return serverAction({ ids, permission: "edit" }, async (user, parsedIds) => {
    const parsed = parseInput(followUpDoneInputSchema, input);
    if (!parsed.ok) return parsed;
    const result = await recordFollowUpDone(user.id, parsedIds.draftId, parsedIds.requirementId, parsed.data);
    if (result.ok) revalidate(parsedIds.draftId);
    return result;
  });
}

export async function setContractStartAction(draftId: string, input: unknown): Promise<ActionResult> {
  return serverAction({ ids: { draftId: [draftIdSchema, draftId] }, permission: "edit" }, async (user, ids) => {
    const parsed = parseInput(contractStartInputSchema, input);
    if (!parsed.ok) return parsed;
    const result = await setContractStart(user.id, ids.draftId, parsed.data.contractStart);
    if (result.ok) revalidate(ids.draftId);
    return result;
  });
}
