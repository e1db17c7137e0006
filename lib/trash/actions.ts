"use server";

import { revalidatePath } from "next/cache";
import { recordDraftAudit, type AuditAction } from "@/lib/audit/mutations";
import { draftIdSchema } from "@/lib/drafts/schema";
import type { ActionResult } from "@/lib/errors";
import { serverAction } from "@/lib/auth/server-action";
import { restoreDraftFromTrash, trashDraft } from "@/lib/trash/mutations";

async function run(draftId: string, mutate: typeof trashDraft, audit: AuditAction): Promise<ActionResult> {
  return serverAction(
    { ids: { draftId: [draftIdSchema, draftId] }, permission: "manage" },
    async (user, { draftId: id }) => {
      const result = await mutate(user.id, id);
      if (!result.ok) return result;
      await recordDraftAudit(audit, user.id, id);
      revalidatePath("/drafts", "layout");
      return result;
    },
  );
}

export async function trashDraftAction(draftId: string): Promise<ActionResult> {
  return run(draftId, trashDraft, "draft_deleted");
}

export async function restoreDraftFromTrashAction(draftId: string): Promise<ActionResult> {
  return run(draftId, restoreDraftFromTrash, "draft_restored");
}
