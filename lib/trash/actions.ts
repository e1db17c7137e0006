"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { draftIdSchema } from "@/lib/drafts/schema";
import { failure, type ActionResult, missFailure } from "@/lib/errors";
import { recordDraftAudit, type AuditAction } from "@/lib/audit/mutations";
import { restoreDraftFromTrash, trashDraft } from "@/lib/trash/mutations";

async function run(draftId: string, mutate: typeof trashDraft, audit: AuditAction): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return failure("UNAUTHENTICATED");
  const id = draftIdSchema.safeParse(draftId);
  if (!id.success) return failure("NOT_FOUND");
  const result = await mutate(user.id, id.data);
  if (!result.ok) return missFailure(result.reason, "manage");
  await recordDraftAudit(audit, user.id, id.data);
  revalidatePath("/drafts", "layout");
  return { ok: true, data: undefined };
}

export async function trashDraftAction(draftId: string): Promise<ActionResult> {
  return run(draftId, trashDraft, "draft_deleted");
}

export async function restoreDraftFromTrashAction(draftId: string): Promise<ActionResult> {
  return run(draftId, restoreDraftFromTrash, "draft_restored");
}
